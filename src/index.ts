// GitHub Action entry point: nothing runs at import but run().
import { run } from './action/main.ts';

await run();
