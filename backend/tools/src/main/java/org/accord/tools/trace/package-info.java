/**
 * {@code replay-trace}: replays recorded editing histories in the editing-traces format
 * (josephg/editing-traces) and checks the result against the recorded final text. A sequential
 * trace goes straight through the OT engine on a {@link org.accord.ot.Rope}; a concurrent trace
 * goes through the server protocol ({@link org.accord.ot.server.AuthoritativeDocument}) with one
 * {@link org.accord.tools.trace.ProtocolClient} per agent, each transaction made on the version
 * its parents name. Where the protocol cannot present that version (traces recorded peer to peer),
 * {@link org.accord.tools.trace.CausalForms} transforms the transaction from its parents' version
 * to the client's. In a concurrent replay the protocol carries tombstone text
 * ({@link org.accord.tools.trace.TombstoneText}) so that deletions never merge positions. See
 * docs/adr/0012-trace-replay.md. {@link org.accord.tools.trace.EngineBench} times the sequential
 * replay for {@code infra/bin/bench-coediting} (docs/benchmarks.md).
 */
package org.accord.tools.trace;
