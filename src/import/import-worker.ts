// The import worker's entry: reads and converts files off the main thread (src/import/worker-handler.ts).

import { createWorkerHandler } from "@/import/worker-handler";
import type { FromWorker, ToWorker } from "@/import/import-protocol";

const scope = self as unknown as {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};
const handle = createWorkerHandler((message, transfer) => scope.postMessage(message, transfer ?? []));
scope.onmessage = (event) => handle(event.data);
