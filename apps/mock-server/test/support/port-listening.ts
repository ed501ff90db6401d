import { connect } from 'node:net';

/** Whether something accepts connections on 127.0.0.1:port: how the CLI tests see a server gone. */
export const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
