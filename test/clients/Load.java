// pgjdbc clients behind pgbouncer in transaction pooling mode, run as
// "java -cp postgresql.jar Load.java URL OUT CLIENTS TRANSACTIONS":
// CLIENTS threads, each with its own connection, each running TRANSACTIONS
// transactions that set their own actor with SET LOCAL and insert an
// entry; each attempt written to OUT as "token,actor,outcome".  Then a
// timescale sent with setString (typed varchar), and a refusal's table as
// the driver exposes it.  The URL carries prepareThreshold=0: pgbouncer
// 1.18 keeps no server-side prepared statements across server connections.
import java.io.PrintWriter;
import java.sql.*;
import java.util.*;
import org.postgresql.util.PSQLException;

public class Load {
    static final List<String> rows = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int clients = Integer.parseInt(args[2]), transactions = Integer.parseInt(args[3]);
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
            final int client = k;
            threads.add(new Thread(() -> run(url, client, transactions)));
        }
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        try (PrintWriter w = new PrintWriter(args[1])) {
            for (String r : rows) w.println(r);
        }
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(true);
            PreparedStatement p = c.prepareStatement("SELECT supervision.due_date(?::date, ?)");
            p.setString(1, "2026-12-23");
            p.setString(2, "5 WD");
            ResultSet r = p.executeQuery();
            r.next();
            String due = r.getString(1);
            // 5 working days after Wed 23 Dec 2026: Mon 4 Jan 2027
            System.out.println("pgjdbc: due_date with setString: " + due + (due.equals("2027-01-04") ? " ok" : " WRONG"));
            c.createStatement().execute("SET supervision.actor = 'intruder.jdbc'");
            try {
                c.createStatement().execute("INSERT INTO client_entry (token, body) VALUES ('diag-jdbc', 'stale')");
                System.out.println("pgjdbc: a stale actor was not refused WRONG");
            } catch (PSQLException e) {
                var m = e.getServerErrorMessage();
                boolean ok = "SV106".equals(e.getSQLState()) && "client_entry".equals(m.getTable()) && m.getHint() != null;
                System.out.println("pgjdbc: refusal " + e.getSQLState() + " on " + m.getSchema() + "." + m.getTable()
                    + ", hint given: " + (ok ? "ok" : "WRONG"));
            }
        }
    }

    static void run(String url, int k, int transactions) {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            PreparedStatement insert = c.prepareStatement("INSERT INTO client_entry (token, body) VALUES (?, 'pgjdbc')");
            Statement s = c.createStatement();
            for (int j = 0; j < transactions; j++) {
                String token = "jdbc-" + k + "-" + j, actor = "worker.j" + k + "." + (j % 7);
                try {
                    s.execute("SET LOCAL supervision.actor = '" + actor + "'");
                    insert.setString(1, token);
                    insert.executeUpdate();
                    c.commit();
                    rows.add(token + "," + actor + ",committed");
                } catch (SQLException e) {
                    c.rollback();
                    rows.add(token + "," + actor + "," + e.getSQLState());
                }
            }
        } catch (SQLException e) {
            rows.add("connection-" + k + ",," + e.getSQLState());
        }
    }
}
