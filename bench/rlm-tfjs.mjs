// Why the RLM runs on its own Float32Array kernels: the same network (bag encoder, 2-layer MLP,
// autoregressive decoder over 14 number tokens; vocabulary 4096, widths 32/128/256) trained with
// TensorFlow.js on its pure-JS "cpu" and its "wasm" backends, batch 32, random rows of ~600
// distinct tokens. Compare with `npm run bench:rlm` (section 3) on the same machine.
// tfjs is not a passwise dependency; to run this:
//   npm install --no-save @tensorflow/tfjs@4 @tensorflow/tfjs-backend-wasm@4 && node bench/rlm-tfjs.mjs wasm
// Workarounds in tfjs 4: Cumsum's gradient is wrong for a non-last axis (a triangular matmul
// instead), and wasm has no UnsortedSegmentSum, the gradient of gather (a one-hot matmul instead).
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
const backend = process.argv[2] ?? "cpu";
await tf.setBackend(backend); await tf.ready();
const B = 32, V = 4096, d = 32, H = 128, D = 256, K = 14, Vn = 12, nnz = 600;
const rnd = (shape, s = 0.1) => tf.variable(tf.randomUniform(shape, -s, s));
const E = rnd([V, d]), W1 = rnd([4 * d + 3, H]), b1 = tf.variable(tf.zeros([H])), W2 = rnd([H, H]), b2 = tf.variable(tf.zeros([H]));
const Wd = rnd([H, D]), bd = tf.variable(tf.zeros([K, D])), P = rnd([K * Vn, D]), O = rnd([K, D, Vn]), ob = tf.variable(tf.zeros([K, Vn]));
const opt = tf.train.adam(2e-3);
function batch() {
  const ct = new Float32Array(B * V), cp = new Float32Array(B * V);
  for (let b = 0; b < B; b++) { for (let i = 0; i < nnz; i++) ct[b * V + Math.floor(Math.random() * V)] += 1 + Math.floor(Math.random() * 5); for (let i = 0; i < 20; i++) cp[b * V + Math.floor(Math.random() * V)] += 1; }
  const ids = new Int32Array(B * K), flat = new Int32Array(B * K);
  for (let i = 0; i < B * K; i++) { ids[i] = Math.floor(Math.random() * 10); flat[i] = (i % K) * Vn + ids[i]; }
  return { ct: tf.tensor2d(ct, [B, V]), cp: tf.tensor2d(cp, [B, V]), ids: tf.tensor2d(ids, [B, K], "int32"), flat: tf.tensor2d(flat, [B, K], "int32") };
}
function loss({ ct, cp, ids, flat }) {
  const seg = (c) => { const S = tf.matMul(c, E); const n = tf.maximum(tf.sum(c, 1, true), 1); return [tf.mul(tf.sign(S), tf.log1p(tf.abs(S))), tf.div(S, n), tf.log1p(n)]; };
  const [a1, a2, n1] = seg(ct), [a3, a4, n2] = seg(cp);
  const x = tf.concat([a1, a2, a3, a4, n1, n2, tf.onesLike(n1)], 1);
  const c = tf.relu(tf.add(tf.matMul(tf.relu(tf.add(tf.matMul(x, W1), b1)), W2), b2));
  const u = tf.matMul(c, Wd);
  const emb = tf.reshape(tf.matMul(tf.oneHot(tf.reshape(flat, [-1]), K * Vn), P), [B, K, D]);
  const L = tf.tile(tf.expandDims(tf.linalg.bandPart(tf.ones([K, K]), -1, 0).sub(tf.eye(K)), 0), [B, 1, 1]);
  const acc = tf.matMul(L, emb);
  const g = tf.relu(tf.add(tf.add(tf.expandDims(u, 1), bd), acc));
  const logits = tf.add(tf.transpose(tf.matMul(tf.transpose(g, [1, 0, 2]), O), [1, 0, 2]), ob);
  return tf.losses.softmaxCrossEntropy(tf.oneHot(ids, Vn), logits);
}
const data = Array.from({ length: 4 }, batch);
for (let i = 0; i < 3; i++) opt.minimize(() => loss(data[i % 4]));
const t = performance.now(); const steps = 20;
for (let i = 0; i < steps; i++) tf.tidy(() => { opt.minimize(() => loss(data[i % 4])); });
const ms = (performance.now() - t) / steps;
console.log(backend, `${ms.toFixed(1)} ms per batch of ${B} → ${(B * 1000 / ms).toFixed(0)} rows/s`);
// inference: encoder for one input + 64 samples × K decode steps, one op chain per step
const one = { ct: data[0].ct.slice([0, 0], [1, V]) };
const t2 = performance.now();
for (let r = 0; r < 5; r++) tf.tidy(() => { const S = tf.matMul(one.ct, E); let h = tf.zeros([64, D]); for (let k = 0; k < K; k++) { const l = tf.matMul(tf.relu(h), O.slice([k, 0, 0], [1, D, Vn]).reshape([D, Vn])); tf.multinomial(l, 1).dataSync(); h = tf.add(h, 0.01); } });
console.log(backend, `64 samples × ${K} steps: ${((performance.now() - t2) / 5).toFixed(1)} ms`);
