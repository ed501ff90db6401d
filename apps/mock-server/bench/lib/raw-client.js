// @ts-check
/**
 * A minimal HTTP/1.1 keep-alive client over one socket, for latency: it writes prebuilt request
 * bytes and reads exactly `content-length` bytes back, so it adds next to nothing to what it times.
 */
import { connect } from 'node:net';

const HEADER_END = Buffer.from('\r\n\r\n');

export class RawClient {
  /** @type {import('node:net').Socket} */
  #socket;
  /** @type {Buffer[]} */
  #chunks = [];
  #size = 0;
  /** @type {((response: { status: number, body: Buffer }) => void) | null} */
  #resolve = null;
  /** @type {((error: Error) => void) | null} */
  #reject = null;
  /** @type {number} total bytes expected, once the head is parsed */
  #expected = -1;
  #bodyStart = 0;
  #status = 0;

  /** @param {import('node:net').Socket} socket */
  constructor(socket) {
    this.#socket = socket;
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.#onData(chunk));
    socket.on('error', (error) => this.#reject?.(error));
    socket.on('close', () => this.#reject?.(new Error('The server closed the connection')));
  }

  /**
   * @param {string} url any URL on the server, e.g. its base URL
   * @returns {Promise<RawClient>}
   */
  static open(url) {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = connect({ host: hostname, port: Number(port) }, () => {
        socket.off('error', reject);
        resolve(new RawClient(socket));
      });
      socket.once('error', reject);
    });
  }

  /**
   * One GET; resolves with the status and the body once the last byte arrived.
   * @param {string} path
   * @returns {Promise<{ status: number, body: Buffer }>}
   */
  get(path) {
    return this.send(RawClient.request(path));
  }

  /**
   * @param {string} path
   * @returns {Buffer} the bytes of `GET path` over keep-alive
   */
  static request(path) {
    return Buffer.from(`GET ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: keep-alive\r\n\r\n`);
  }

  /**
   * @param {Buffer} bytes a prebuilt request
   * @returns {Promise<{ status: number, body: Buffer }>}
   */
  send(bytes) {
    return new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
      this.#socket.write(bytes);
    });
  }

  close() {
    this.#reject = null;
    this.#socket.destroy();
  }

  /** @param {Buffer} chunk */
  #onData(chunk) {
    this.#chunks.push(chunk);
    this.#size += chunk.length;
    if (this.#expected < 0) {
      const head = this.#chunks.length === 1 ? chunk : Buffer.concat(this.#chunks);
      const end = head.indexOf(HEADER_END);
      if (end < 0) return;
      const text = head.toString('latin1', 0, end);
      this.#status = Number(text.slice(9, 12));
      const length = /\r\ncontent-length: *(\d+)/i.exec(text)?.[1];
      if (length === undefined) {
        this.#reject?.(new Error('The raw client needs a content-length'));
        return;
      }
      this.#bodyStart = end + 4;
      this.#expected = this.#bodyStart + Number(length);
    }
    if (this.#size < this.#expected) return;
    const all = this.#chunks.length === 1 ? chunk : Buffer.concat(this.#chunks);
    const response = { status: this.#status, body: all.subarray(this.#bodyStart, this.#expected) };
    this.#chunks = [];
    this.#size = 0;
    this.#expected = -1;
    const resolve = this.#resolve;
    this.#resolve = null;
    this.#reject = null;
    resolve?.(response);
  }
}
