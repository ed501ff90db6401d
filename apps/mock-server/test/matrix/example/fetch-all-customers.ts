/** Every customer of the account, whichever way the last page ends: `[]` or NO_CUSTOMERS_FOUND, at any status. */
export async function fetchAllCustomers(baseUrl: string, apiKey: string): Promise<unknown[]> {
  const all: unknown[] = [];
  for (let page = 1; ; page++) {
    const url = `${baseUrl}/apidata.php?action=getallcustomers&page=${page}&api_key=${apiKey}`;
    const body: unknown = await (await fetch(url)).json();
    if (!Array.isArray(body) || body.length === 0) return all;
    all.push(...body);
  }
}
