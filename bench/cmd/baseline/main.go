// Command baseline is the benchmark's yardstick: the DESK's page of the 50 newest proposals
// answered by hand-written net/http code with one joined SQL query over the same database
// pppdesk serves, behind a fixed bearer token. What pppdesk costs beyond it is the price of
// GraphQL, policy, tokens and the rest.
//
//	go run ./bench/cmd/baseline --db sqlite:/tmp/b.db --token SECRET
//	curl -H 'Authorization: Bearer SECRET' -H 'X-Municipality: m0001' http://127.0.0.1:PORT/proposals
//
// ?after=ID continues after the proposal with that id (keyset paging, like pppdesk's cursor).
package main

import (
	"context"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/pppdesk/pppdesk/store"
)

const pageQuery = `SELECT p.id, p.title, p.status, o.name, c.title
FROM proposals p
JOIN organizations o ON o.id = p.organization_id
LEFT JOIN challenges c ON c.id = p.challenge_id
WHERE p.municipality_id = ? AND p.deleted_at IS NULL%s
ORDER BY p.created_at DESC, p.id DESC
LIMIT 50`

const afterClause = ` AND (p.created_at < (SELECT created_at FROM proposals WHERE id = ?)
  OR (p.created_at = (SELECT created_at FROM proposals WHERE id = ?) AND p.id < ?))`

type item struct {
	ID           int64  `json:"id"`
	Title        string `json:"title"`
	Status       string `json:"status"`
	Organization struct {
		Name string `json:"name"`
	} `json:"organization"`
	Challenge *struct {
		Title string `json:"title"`
	} `json:"challenge"`
}

func main() {
	dsn := flag.String("db", "", "database: sqlite:PATH or mysql:…")
	addr := flag.String("addr", "127.0.0.1:0", "address to listen on")
	token := flag.String("token", "", "bearer token every request must carry")
	flag.Parse()
	if *dsn == "" || *token == "" {
		fmt.Fprintln(os.Stderr, "baseline: --db and --token are required")
		os.Exit(2)
	}
	if err := run(*dsn, *addr, *token); err != nil {
		fmt.Fprintln(os.Stderr, "baseline:", err)
		os.Exit(1)
	}
}

func run(dsn, addr, token string) error {
	ctx := context.Background()
	// The store only opens the connection pool, with pppdesk's driver, pragmas and limits;
	// the queries below go to database/sql directly.
	st, err := store.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	db := st.DB.DB
	tenants := map[string]int64{}
	rows, err := db.QueryContext(ctx, "SELECT id, slug FROM municipalities")
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		var slug string
		if err := rows.Scan(&id, &slug); err != nil {
			return err
		}
		tenants[slug] = id
	}
	if err := rows.Close(); err != nil {
		return err
	}
	first, err := db.PrepareContext(ctx, fmt.Sprintf(pageQuery, ""))
	if err != nil {
		return err
	}
	after, err := db.PrepareContext(ctx, fmt.Sprintf(pageQuery, afterClause))
	if err != nil {
		return err
	}
	want := []byte("Bearer " + token)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /proposals", func(w http.ResponseWriter, r *http.Request) {
		if subtle.ConstantTimeCompare([]byte(r.Header.Get("Authorization")), want) != 1 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		mid, ok := tenants[r.Header.Get("X-Municipality")]
		if !ok {
			http.Error(w, "unknown municipality", http.StatusNotFound)
			return
		}
		var rows *sql.Rows
		var err error
		if a := r.URL.Query().Get("after"); a != "" {
			id, perr := strconv.ParseInt(a, 10, 64)
			if perr != nil {
				http.Error(w, "bad cursor", http.StatusBadRequest)
				return
			}
			rows, err = after.QueryContext(r.Context(), mid, id, id, id)
		} else {
			rows, err = first.QueryContext(r.Context(), mid)
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		items := make([]item, 0, 50)
		for rows.Next() {
			var it item
			var challenge sql.NullString
			if err := rows.Scan(&it.ID, &it.Title, &it.Status, &it.Organization.Name, &challenge); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			if challenge.Valid {
				it.Challenge = &struct {
					Title string `json:"title"`
				}{challenge.String}
			}
			items = append(items, it)
		}
		if err := rows.Err(); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"items": items})
	})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	fmt.Printf("baseline: serving http://%s/\n", ln.Addr())
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 30 * time.Second}
	return hs.Serve(ln)
}
