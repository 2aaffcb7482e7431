// A worker entry that fails while loading, like a bundle missing a module.
throw new Error('模拟的加载失败');
