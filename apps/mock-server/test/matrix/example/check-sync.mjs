// An integration's own check, in any language: exits 0 when every customer arrives.
const { SOLARPROOF_BASE_URL: base, SOLARPROOF_API_KEY: key } = process.env;
let count = 0;
for (let page = 1; ; page++) {
  const response = await fetch(`${base}/apidata.php?action=getallcustomers&page=${page}&api_key=${key}`);
  if (response.status !== 200) break; // the end, as long as errors come with an error status
  const body = await response.json();
  if (!Array.isArray(body)) throw new Error(`page ${page}: not a page: ${JSON.stringify(body).slice(0, 80)}`);
  if (body.length === 0) break;
  count += body.length;
}
console.log(`${count} customers`);
process.exit(count === 130 ? 0 : 1);
