/**
 * The endorsement board, the observers' home: member × clause matrix coloured by position and
 * currency, the consensus status per clause and overall, and a chart of agreement over time
 * (a Lit + Chart.js component), all live and all disclosed by the server's queries (ADR 0011, 0017).
 */
package org.accord.ui.board;
