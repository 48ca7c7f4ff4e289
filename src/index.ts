// placeholder entry; replaced by the action's run() in the next commit
export {};
