/** SHA-256 of a file's bytes with WebCrypto, as lower-case hex. */
export async function sha256Hex(data: Blob | ArrayBuffer | Uint8Array): Promise<string> {
	const bytes =
		data instanceof Blob ? await data.arrayBuffer() : data instanceof Uint8Array ? data : data;
	const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
