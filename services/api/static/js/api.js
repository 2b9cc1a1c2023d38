// Talking to the /v1 API: the key lives in localStorage and goes out as a Bearer token on every fetch.

const KEY_NAME = "newswire.apiKey";

export class ApiError extends Error {
  constructor(status, message, body, headers) {
    super(message);
    this.status = status;
    this.body = body;
    this.headers = headers; // of the response, for Retry-After
  }
}

export function getKey() {
  return localStorage.getItem(KEY_NAME) || "";
}

function setKey(key) {
  if (key) localStorage.setItem(KEY_NAME, key);
  else localStorage.removeItem(KEY_NAME);
}

// One open dialog at a time: parallel fetches that hit a 401 all wait for the same answer.
let pendingAsk = null;
// Set when the user cancels the dialog: pages that poll do not open it again every few seconds; only the Key
// button (`userAsked`) does.
let declined = false;

export function askForKey(reason, { userAsked = false } = {}) {
  if (pendingAsk) return pendingAsk;
  if (declined && !userAsked) return Promise.reject(new ApiError(401, "No API key given."));
  const dialog = document.getElementById("key-dialog");
  const form = document.getElementById("key-form");
  const input = document.getElementById("key-input");
  document.getElementById("key-reason").textContent = reason;
  input.value = "";
  pendingAsk = new Promise((resolve, reject) => {
    const finish = (key) => {
      form.removeEventListener("submit", onSubmit);
      dialog.removeEventListener("close", onClose);
      pendingAsk = null;
      declined = !key;
      if (dialog.open) dialog.close();
      if (key) resolve(key);
      else reject(new ApiError(401, "No API key given."));
    };
    const onSubmit = (event) => {
      event.preventDefault();
      const key = input.value.trim();
      if (!key) return;
      setKey(key);
      finish(key);
    };
    // The close event is queued, not fired at once: the event of the dialog's previous close can arrive after a
    // quick 401 opened it again for this ask. Only a close that left the dialog shut is the user's answer.
    const onClose = () => {
      if (!dialog.open) finish("");
    };
    form.addEventListener("submit", onSubmit);
    dialog.addEventListener("close", onClose);
  });
  dialog.showModal();
  input.focus();
  return pendingAsk;
}

export function initKeyControls() {
  const dialog = document.getElementById("key-dialog");
  document.getElementById("key-button").addEventListener("click", () => {
    askForKey("Enter the API key to use from now on.", { userAsked: true }).then(() => location.reload(), () => {});
  });
  document.getElementById("key-cancel").addEventListener("click", () => dialog.close());
  document.getElementById("key-forget").addEventListener("click", () => {
    setKey("");
    dialog.close();
  });
}

async function errorFrom(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page, say): the status alone has to do.
  }
  const message = body?.error?.message || `${response.status} ${response.statusText}`;
  return new ApiError(response.status, message, body, response.headers);
}

// fetch() with the key; asks for a key when there is none or the server refuses it (401), then retries.
// `userAsked`: the user's own action (a Submit), which opens the dialog even after it was cancelled.
export async function api(path, { method = "GET", body, signal, userAsked = false } = {}) {
  let key = getKey() || (await askForKey("Enter your Newswire API key: it is asked once and kept in this browser.",
    { userAsked }));
  for (;;) {
    const headers = { Authorization: `Bearer ${key}`, Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response;
    try {
      response = await fetch(path, {
        method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      if (error.name === "AbortError") throw error;
      // fetch() itself failed: no answer at all ("Failed to fetch" says nothing to a reader).
      throw new ApiError(0, "The server cannot be reached (no answer); check the connection, it is tried again.");
    }
    if (response.status === 401) {
      key = await askForKey("The server refused this key (401). Enter a valid API key.", { userAsked });
      continue;
    }
    if (!response.ok) throw await errorFrom(response);
    return { status: response.status, data: await response.json(), headers: response.headers };
  }
}

// Long-polls an article (`?wait=`) until it is done or failed or `seconds` pass. A server whose waiting slots are
// all taken answers at once with Retry-After: that long is waited before the next ask, so it is not asked in a loop.
export async function longPoll(path, seconds) {
  const { data, headers } = await api(`${path}?wait=${seconds}`);
  const retryAfter = Number(headers.get("Retry-After"));
  if (retryAfter > 0) await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
  return data;
}

// GET returning only the body.
export async function get(path, options) {
  return (await api(path, options)).data;
}

export function query(params) {
  const found = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== "");
  return found.length ? "?" + new URLSearchParams(found).toString() : "";
}
