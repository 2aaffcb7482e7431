// The `nianbao` command (filled in below the foundation).
export const main = async (_argv: string[]): Promise<number> => {
  console.error('nianbao: 尚未实现');
  return 2;
};
