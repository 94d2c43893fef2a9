// The phases, pacing, clock and percentile shared by the two full-stack load clients
// (sharedb-load.mjs and accord-load.mjs), so that both servers are measured alike. An editor is
// { type(), idle(), acknowledged, saturating }: type() makes one keystroke (a random
// one-character insert) and submits or buffers it as its client's protocol does; idle() is true
// when nothing is unacknowledged; acknowledged counts acknowledged submissions; while saturating
// is true, the client types again the moment its submission is acknowledged.

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The p-th percentile (nearest rank) of the values, which it sorts. */
export function percentile(values, p) {
  values.sort((a, b) => a - b);
  return values[Math.max(0, Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1))];
}

/** Waits until no editor has anything unacknowledged, then 200 ms for the last deliveries. */
export async function settle(editors, check = () => {}) {
  for (let tries = 0; editors.some((e) => !e.idle()); tries++) {
    check();
    if (tries > 3000) throw new Error('timed out waiting for every submission to be acknowledged');
    await sleep(20);
  }
  await sleep(200);
}

/**
 * The warm-up (WARM_UP s typing without pause, so that the JIT compiles the hot paths, then
 * WARM_UP s at the pace), the paced phase (PACED s at KEYS_PER_SECOND each, while recording(true)
 * lets the client sample latencies), then the saturated phase (WARM_UP s, then SATURATED s
 * counted). saturate(editor, on) starts or stops an editor's typing without pause.
 * @returns the acknowledged submissions per second of the saturated phase
 */
export async function runPhases({ editors, saturate, recording, keysPerSecond, warmUp, paced, saturated, check }) {
  editors.forEach((editor) => saturate(editor, true));
  await sleep(warmUp * 1000);
  editors.forEach((editor) => saturate(editor, false));
  await settle(editors, check);

  const period = 1000 / keysPerSecond;
  const timers = editors.map((editor) => {
    let timer = null;
    const start = setTimeout(() => { timer = setInterval(editor.type, period); }, Math.random() * period);
    return () => { clearTimeout(start); if (timer !== null) clearInterval(timer); };
  });
  await sleep(warmUp * 1000);
  recording(true);
  await sleep(paced * 1000);
  recording(false);
  timers.forEach((stop) => stop());
  await settle(editors, check);

  editors.forEach((editor) => saturate(editor, true));
  await sleep(warmUp * 1000);
  const before = editors.reduce((sum, e) => sum + e.acknowledged, 0);
  const started = performance.now();
  await sleep(saturated * 1000);
  const accepted = editors.reduce((sum, e) => sum + e.acknowledged, 0) - before;
  const seconds = (performance.now() - started) / 1000;
  editors.forEach((editor) => saturate(editor, false));
  await settle(editors, check);
  return accepted / seconds;
}
