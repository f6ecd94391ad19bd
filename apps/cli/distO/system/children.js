import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
export function startChild(name, command, args, options) {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    mkdirSync(options.runDir, { recursive: true });
    const pidFile = join(options.runDir, `${name}.pid`);
    if (child.pid)
        writeFileSync(pidFile, String(child.pid));
    const exited = new Promise((resolve) => child.once('exit', (code) => {
        rmSync(pidFile, { force: true });
        resolve(code);
    }));
    let resolveReady;
    let rejectReady;
    const ready = new Promise((res, rej) => {
        resolveReady = res;
        rejectReady = rej;
    });
    let seen = false;
    let tail = '';
    const onLine = (line) => {
        process.stderr.write(`[${name}] ${line}\n`);
        tail = (tail + line + '\n').slice(-2000);
        if (!seen && options.readyLine.test(line)) {
            seen = true;
            resolveReady(line);
        }
    };
    for (const stream of [child.stdout, child.stderr]) {
        let buf = '';
        stream.setEncoding('utf8');
        stream.on('data', (d) => {
            buf += d;
            let i;
            while ((i = buf.indexOf('\n')) >= 0) {
                onLine(buf.slice(0, i));
                buf = buf.slice(i + 1);
            }
        });
    }
    child.once('error', (e) => rejectReady(new Error(`${name} could not start: ${e.message}`)));
    void exited.then((code) => {
        if (!seen)
            rejectReady(new Error(`${name} exited (code ${code}) before it was ready:\n${tail.trim()}`));
    });
    return {
        name,
        process: child,
        ready,
        exited,
        async stop(timeoutMs = 10_000) {
            if (child.exitCode !== null || child.signalCode !== null)
                return;
            child.kill('SIGTERM');
            const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
            await exited;
            clearTimeout(timer);
        },
    };
}
//# sourceMappingURL=children.js.map