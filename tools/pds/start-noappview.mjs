// Start the smallest local atproto network: an in-memory PLC and one PDS on SQLite, on 127.0.0.1 only.
// Started by run.sh from a copy under the install folder (so that @atproto/dev-env resolves).
// Writes {"pds": url, "plc": url} to $READY_FILE when ready. On SIGTERM/SIGINT, or when the process
// $SAFEPOST_PDS_STOP_WITH ends, it closes the network and deletes $RUN_DIR (its data and log).
import fs from 'node:fs';
import net from 'node:net';

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  // The PDS and PLC call listen(port): bind loopback only, never every interface.
  if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function')) args.splice(1, 0, '127.0.0.1');
  else if (args[0] && typeof args[0] === 'object' && args[0].port !== undefined && !args[0].host) args[0] = { ...args[0], host: '127.0.0.1' };
  return listen.apply(this, args);
};

const { TestNetworkNoAppView } = await import('@atproto/dev-env');
const network = await TestNetworkNoAppView.create({
  plc: { port: Number(process.env.PLC_PORT || 2582) },
  pds: { port: Number(process.env.PDS_PORT || 2583), hostname: 'localhost', enableDidDocWithSession: true },
});
fs.writeFileSync(process.env.READY_FILE || 'ready.json', JSON.stringify({ pds: network.pds.url, plc: network.plc.url }));

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(1), 10000).unref(); // never hang on close
  try {
    await network.close();
  } finally {
    if (process.env.RUN_DIR) fs.rmSync(process.env.RUN_DIR, { recursive: true, force: true });
    process.exit(0);
  }
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

const watched = Number(process.env.SAFEPOST_PDS_STOP_WITH || 0);
if (watched > 0) {
  setInterval(() => {
    try {
      process.kill(watched, 0);
    } catch {
      stop();
    }
  }, 1000).unref();
}
