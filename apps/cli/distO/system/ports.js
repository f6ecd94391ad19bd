import { createServer } from 'node:net';
/** True when nothing listens on host:port (we could bind it). */
export function portIsFree(port, host = '127.0.0.1') {
    return new Promise((resolve) => {
        const srv = createServer();
        srv.once('error', () => resolve(false));
        srv.listen(port, host, () => srv.close(() => resolve(true)));
    });
}
/** `preferred` when free, else a free port the OS picks. */
export async function choosePort(preferred, host = '127.0.0.1') {
    if (await portIsFree(preferred, host))
        return preferred;
    return new Promise((resolve, reject) => {
        const srv = createServer();
        srv.once('error', reject);
        srv.listen(0, host, () => {
            const addr = srv.address();
            const port = typeof addr === 'object' && addr ? addr.port : 0;
            srv.close(() => resolve(port));
        });
    });
}
//# sourceMappingURL=ports.js.map