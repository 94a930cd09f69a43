// Command benchrun measures pppdesk against the hand-written baseline on a database
// benchgen filled: the DESK's page of the 50 newest proposals, both servers running, driven
// in turn (interleaved rounds) at 1 and 16 connections, page 1 and the deep page after item
// 1,900; the peak RSS of each server per run; the peak RSS of pppdesk during 16 concurrent
// logins; optionally the same page on a database of 2 M proposals over 1,741 municipalities.
// It then profiles an in-process pppdesk (bench/cmd/profserver) under the same load and writes
// a Markdown table of the ratios pppdesk/baseline with the profiles beside it.
//
// bench/run.sh builds the programs and calls it; see bench/README.md.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// The page the issue names, exactly as a client would send it.
const pageQuery = `query Page($after: String) { proposals(first: 50, after: $after, orderBy: {field: CREATED_AT, direction: DESC}) { edges { node { id title status organization { name } challenge { title } } } } }`

// pagingQuery walks to the deep page's cursor.
const pagingQuery = `query Walk($after: String) { proposals(first: 50, after: $after, orderBy: {field: CREATED_AT, direction: DESC}) { edges { node { title } } pageInfo { endCursor hasNextPage } } }`

const loginQuery = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`

const (
	tenant   = "m0001"
	password = "pppdesk-bench-password" // benchgen.Password
	deepItem = 1900
)

func deskEmail(i int) string {
	if i == 0 {
		return "desk@" + tenant + ".bench.example.jp"
	}
	return fmt.Sprintf("desk%02d@%s.bench.example.jp", i, tenant)
}

type options struct {
	db, bigDB, label              string
	pppdesk, baseline, profserver string
	out                           string
	duration, warmup              time.Duration
	rounds, logins                int
}

func main() {
	var o options
	flag.StringVar(&o.db, "db", "", "database benchgen filled with 1 × 2,000 proposals")
	flag.StringVar(&o.bigDB, "big-db", "", "database benchgen filled with 1,741 municipalities × 2 M proposals (optional)")
	flag.StringVar(&o.label, "label", "", "name of the result file (default: DATE-DIALECT)")
	flag.StringVar(&o.pppdesk, "pppdesk", "", "the pppdesk binary (go build ./cmd/pppdesk)")
	flag.StringVar(&o.baseline, "baseline", "", "the baseline binary (go build ./bench/cmd/baseline)")
	flag.StringVar(&o.profserver, "profserver", "", "the profiling server binary (go build ./bench/cmd/profserver); empty: no profiles")
	flag.StringVar(&o.out, "out", "bench/results", "directory of the results")
	flag.DurationVar(&o.duration, "duration", 10*time.Second, "measured time of each run")
	flag.DurationVar(&o.warmup, "warmup", 2*time.Second, "unmeasured load before each run")
	flag.IntVar(&o.rounds, "rounds", 2, "interleaved rounds per scenario (baseline and pppdesk alternate)")
	flag.IntVar(&o.logins, "logins", 16, "concurrent logins")
	flag.Parse()
	if o.db == "" || o.pppdesk == "" || o.baseline == "" {
		fmt.Fprintln(os.Stderr, "benchrun: --db, --pppdesk and --baseline are required")
		os.Exit(2)
	}
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "benchrun:", err)
		os.Exit(1)
	}
}

// server is one started program.
type server struct {
	name  string
	cmd   *exec.Cmd
	url   string // API base, ends in /
	pprof string // profserver only
	log   *os.File
}

func (s *server) pid() int { return s.cmd.Process.Pid }

func (s *server) stop() {
	_ = s.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { _ = s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = s.cmd.Process.Kill()
		<-done
	}
	_ = s.log.Close()
}

// start runs bin and waits for its "serving http://…/" line.
func start(name, logPath, bin string, args ...string) (*server, error) {
	lf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, args...)
	cmd.Stderr = lf
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{name: name, cmd: cmd, log: lf}
	lines := bufio.NewScanner(out)
	for lines.Scan() {
		fmt.Fprintln(lf, lines.Text())
		f := strings.Fields(lines.Text())
		if i := slices.Index(f, "serving"); i >= 0 && i+1 < len(f) {
			s.url = strings.TrimSuffix(f[i+1], "/") + "/"
			if j := slices.Index(f, "pprof"); j >= 0 && j+1 < len(f) {
				s.pprof = strings.TrimSuffix(f[j+1], "/") + "/"
			}
			break
		}
	}
	if s.url == "" {
		_ = cmd.Wait()
		return nil, fmt.Errorf("%s did not start; see %s", name, logPath)
	}
	go func() { _, _ = io.Copy(lf, out) }()
	return s, nil
}

// rss answers the resident set of pid in bytes.
func rss(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// sampleRSS records the peak RSS of pid every 10 ms until stop is called.
func sampleRSS(pid int) (stop func() int64) {
	var peak atomic.Int64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			if r := rss(pid); r > peak.Load() {
				peak.Store(r)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() int64 { close(done); <-finished; return peak.Load() }
}

// target is one server asked for one page.
type target struct {
	srv *server
	req func() *http.Request
}

func graphqlRequest(s *server, token, query string, vars map[string]any) func() *http.Request {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return func() *http.Request {
		r, _ := http.NewRequest(http.MethodPost, s.url+"graphql", bytes.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		r.Header.Set("X-Municipality", tenant)
		if token != "" {
			r.Header.Set("Authorization", "Bearer "+token)
		}
		return r
	}
}

func baselineRequest(s *server, token, after string) func() *http.Request {
	u := s.url + "proposals"
	if after != "" {
		u += "?after=" + after
	}
	return func() *http.Request {
		r, _ := http.NewRequest(http.MethodGet, u, nil)
		r.Header.Set("X-Municipality", tenant)
		r.Header.Set("Authorization", "Bearer "+token)
		return r
	}
}

// sample is the measured part of one or more runs of one target.
type sample struct {
	n, errs  int
	elapsed  time.Duration
	lat      []time.Duration
	peakRSS  int64
	firstErr string
}

func (s *sample) add(o sample) {
	s.n += o.n
	s.errs += o.errs
	s.elapsed += o.elapsed
	s.lat = append(s.lat, o.lat...)
	s.peakRSS = max(s.peakRSS, o.peakRSS)
	if s.firstErr == "" {
		s.firstErr = o.firstErr
	}
}

func (s *sample) rps() float64 {
	if s.elapsed == 0 {
		return 0
	}
	return float64(s.n) / s.elapsed.Seconds()
}

func (s *sample) pct(p float64) time.Duration {
	if len(s.lat) == 0 {
		return 0
	}
	slices.Sort(s.lat)
	return s.lat[min(len(s.lat)-1, int(p*float64(len(s.lat))))]
}

// load drives t with conns connections: warmup unmeasured, then duration measured.
func load(t target, conns int, warmup, duration time.Duration) sample {
	tr := &http.Transport{MaxIdleConns: conns, MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	begin := time.Now()
	measure := begin.Add(warmup)
	end := measure.Add(duration)
	var mu sync.Mutex
	var total sample
	var wg sync.WaitGroup
	stopRSS := func() int64 { return 0 }
	rssStarted := make(chan struct{})
	go func() {
		time.Sleep(time.Until(measure))
		stopRSS = sampleRSS(t.srv.pid())
		close(rssStarted)
	}()
	for range conns {
		wg.Go(func() {
			var mine sample
			buf := make([]byte, 0, 64<<10)
			for {
				at := time.Now()
				if !at.Before(end) {
					break
				}
				ok, msg := do(client, t.req(), &buf)
				done := time.Now()
				if at.Before(measure) || done.After(end) {
					continue
				}
				mine.n++
				mine.lat = append(mine.lat, done.Sub(at))
				if !ok {
					mine.errs++
					if mine.firstErr == "" {
						mine.firstErr = msg
					}
				}
			}
			mu.Lock()
			total.add(mine)
			mu.Unlock()
		})
	}
	wg.Wait()
	<-rssStarted
	total.peakRSS = stopRSS()
	total.elapsed = duration
	return total
}

// do sends one request and reads the whole answer; an answer is wrong unless it is a 200
// without GraphQL errors.
func do(c *http.Client, r *http.Request, buf *[]byte) (bool, string) {
	resp, err := c.Do(r)
	if err != nil {
		return false, err.Error()
	}
	defer resp.Body.Close()
	b := bytes.NewBuffer((*buf)[:0])
	_, err = b.ReadFrom(resp.Body)
	*buf = b.Bytes()
	if err != nil {
		return false, err.Error()
	}
	if resp.StatusCode != http.StatusOK {
		return false, fmt.Sprintf("status %d: %.200s", resp.StatusCode, *buf)
	}
	if bytes.Contains(*buf, []byte(`"errors"`)) {
		return false, fmt.Sprintf("%.300s", *buf)
	}
	return true, ""
}

// fetch sends one request and decodes its JSON answer.
func fetch(r *http.Request, into any) error {
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || bytes.Contains(b, []byte(`"errors"`)) {
		return fmt.Errorf("%s %s: status %d: %.300s", r.Method, r.URL, resp.StatusCode, b)
	}
	return json.Unmarshal(b, into)
}

func login(s *server, email string) (string, error) {
	var out struct {
		Data struct {
			Login struct{ Token string }
		}
	}
	if err := fetch(graphqlRequest(s, "", loginQuery, map[string]any{"email": email, "password": password})(), &out); err != nil {
		return "", fmt.Errorf("login %s: %w", email, err)
	}
	return out.Data.Login.Token, nil
}

type gqlPage struct {
	Data struct {
		Proposals struct {
			Edges []struct {
				Node struct{ Title string }
			}
			PageInfo struct {
				EndCursor   string
				HasNextPage bool
			}
		}
	}
}

type basePage struct {
	Items []struct {
		ID    int64
		Title string
	}
}

// titles of one page of each server, to check they answer the same rows.
func pppdeskTitles(s *server, token, after string) ([]string, error) {
	vars := map[string]any{}
	if after != "" {
		vars["after"] = after
	}
	var p gqlPage
	if err := fetch(graphqlRequest(s, token, pagingQuery, vars)(), &p); err != nil {
		return nil, err
	}
	var t []string
	for _, e := range p.Data.Proposals.Edges {
		t = append(t, e.Node.Title)
	}
	return t, nil
}

func baselineTitles(s *server, token, after string) ([]string, error) {
	var p basePage
	if err := fetch(baselineRequest(s, token, after)(), &p); err != nil {
		return nil, err
	}
	var t []string
	for _, it := range p.Items {
		t = append(t, it.Title)
	}
	return t, nil
}

// deepCursors pages both servers to item deepItem and answers the cursors after it.
func deepCursors(p, b *server, token, secret string) (pc, bc string, err error) {
	for range deepItem / 50 {
		var page gqlPage
		vars := map[string]any{}
		if pc != "" {
			vars["after"] = pc
		}
		if err := fetch(graphqlRequest(p, token, pagingQuery, vars)(), &page); err != nil {
			return "", "", err
		}
		pc = page.Data.Proposals.PageInfo.EndCursor
		var bp basePage
		if err := fetch(baselineRequest(b, secret, bc)(), &bp); err != nil {
			return "", "", err
		}
		if len(bp.Items) == 0 {
			return "", "", errors.New("the baseline ran out of proposals before item 1,900")
		}
		bc = strconv.FormatInt(bp.Items[len(bp.Items)-1].ID, 10)
	}
	return pc, bc, nil
}

// scenario is one page at one concurrency, for both servers.
type scenario struct {
	name       string
	conns      int
	base, desk target
	b, p       sample
}

type env struct {
	o       options
	idle    map[string]int64 // RSS after start, before any request
	dir     string           // results directory of this run
	secret  string
	dialect string
}

func run(o options) error {
	e := &env{o: o, idle: map[string]int64{}, secret: "benchrun-secret-0123456789abcdef-0123456789"}
	e.dialect, _, _ = strings.Cut(o.db, ":")
	label := o.label
	if label == "" {
		label = time.Now().UTC().Format("2006-01-02") + "-" + e.dialect
	}
	e.dir = filepath.Join(o.out, label)
	if err := os.MkdirAll(e.dir, 0o755); err != nil {
		return err
	}
	loadBefore := loadavg()
	began := time.Now()
	fmt.Printf("benchrun: %s, results in %s.md, profiles and logs in %s/\n", o.db, e.dir, e.dir)

	scs, loginRes, err := e.measure(o.db, "", true)
	if err != nil {
		return err
	}
	var big []*scenario
	if o.bigDB != "" {
		if big, _, err = e.measure(o.bigDB, "big-", false); err != nil {
			return err
		}
	}
	var profiles []string
	if o.profserver != "" {
		if profiles, err = e.profile(o.db); err != nil {
			return err
		}
	}
	report := e.report(scs, big, loginRes, profiles, loadBefore, loadavg(), time.Since(began))
	fmt.Print(report)
	return os.WriteFile(e.dir+".md", []byte(report), 0o644)
}

type loginResult struct {
	n          int
	idleRSS    int64
	peakRSS    int64
	p50, worst time.Duration
	errs       int
	firstErr   string
}

// measure starts both servers on dsn and runs every scenario; with logins, also the
// concurrent logins.
func (e *env) measure(dsn, prefix string, withLogins bool) ([]*scenario, *loginResult, error) {
	o := e.o
	files, err := os.MkdirTemp("", "benchrun-files")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(files)
	args := []string{"--db", dsn, "--addr", "127.0.0.1:0", "--secret", e.secret, "--files", files, "--municipality", tenant}
	// The token comes from the real login mutation of a first instance, so the measured
	// instance's memory holds no password hash of the benchmark's own making.
	first, err := start("pppdesk", filepath.Join(e.dir, prefix+"pppdesk-login.log"), o.pppdesk, args...)
	if err != nil {
		return nil, nil, err
	}
	token, err := login(first, deskEmail(0))
	first.stop()
	if err != nil {
		return nil, nil, err
	}
	p, err := start("pppdesk", filepath.Join(e.dir, prefix+"pppdesk.log"), o.pppdesk, args...)
	if err != nil {
		return nil, nil, err
	}
	defer p.stop()
	b, err := start("baseline", filepath.Join(e.dir, prefix+"baseline.log"), o.baseline, "--db", dsn, "--token", e.secret)
	if err != nil {
		return nil, nil, err
	}
	defer b.stop()
	time.Sleep(500 * time.Millisecond)
	e.idle[prefix+"pppdesk"], e.idle[prefix+"baseline"] = rss(p.pid()), rss(b.pid())
	// Both servers must answer the same rows, or the comparison means nothing.
	pt, err := pppdeskTitles(p, token, "")
	if err != nil {
		return nil, nil, err
	}
	bt, err := baselineTitles(b, e.secret, "")
	if err != nil {
		return nil, nil, err
	}
	if len(pt) != 50 || !slices.Equal(pt, bt) {
		return nil, nil, fmt.Errorf("page 1 differs: pppdesk %d rows %q…, baseline %d rows %q…", len(pt), head(pt), len(bt), head(bt))
	}
	var scs []*scenario
	for _, c := range []int{1, 16} {
		scs = append(scs, &scenario{name: prefix + "page 1", conns: c,
			base: target{b, baselineRequest(b, e.secret, "")},
			desk: target{p, graphqlRequest(p, token, pageQuery, map[string]any{})}})
	}
	if prefix == "" {
		pc, bc, err := deepCursors(p, b, token, e.secret)
		if err != nil {
			return nil, nil, err
		}
		pt, err := pppdeskTitles(p, token, pc)
		if err != nil {
			return nil, nil, err
		}
		bt, err := baselineTitles(b, e.secret, bc)
		if err != nil {
			return nil, nil, err
		}
		if len(pt) == 0 || !slices.Equal(pt, bt) {
			return nil, nil, fmt.Errorf("deep page differs: pppdesk %q…, baseline %q…", head(pt), head(bt))
		}
		for _, c := range []int{1, 16} {
			scs = append(scs, &scenario{name: "deep page", conns: c,
				base: target{b, baselineRequest(b, e.secret, bc)},
				desk: target{p, graphqlRequest(p, token, pageQuery, map[string]any{"after": pc})}})
		}
	}
	for r := range o.rounds {
		for _, sc := range scs {
			// Alternate who goes first, so neither always meets a warmer machine.
			order := []bool{r%2 == 0, r%2 != 0}
			for _, baseFirst := range order {
				if baseFirst {
					s := load(sc.base, sc.conns, o.warmup, o.duration)
					sc.b.add(s)
					fmt.Printf("  round %d %-14s c%-2d baseline %8.0f req/s p99 %v\n", r+1, sc.name, sc.conns, s.rps(), s.pct(0.99))
				} else {
					s := load(sc.desk, sc.conns, o.warmup, o.duration)
					sc.p.add(s)
					fmt.Printf("  round %d %-14s c%-2d pppdesk  %8.0f req/s p99 %v\n", r+1, sc.name, sc.conns, s.rps(), s.pct(0.99))
				}
			}
		}
	}
	if !withLogins {
		return scs, nil, nil
	}
	lr := &loginResult{idleRSS: rss(p.pid())}
	for range 2 {
		stop := sampleRSS(p.pid())
		var mu sync.Mutex
		var lats []time.Duration
		var wg sync.WaitGroup
		for i := range o.logins {
			wg.Go(func() {
				at := time.Now()
				_, err := login(p, deskEmail(i+1))
				d := time.Since(at)
				mu.Lock()
				defer mu.Unlock()
				lats = append(lats, d)
				lr.n++
				if err != nil {
					lr.errs++
					if lr.firstErr == "" {
						lr.firstErr = err.Error()
					}
				}
			})
		}
		wg.Wait()
		peak := stop()
		lr.peakRSS = max(lr.peakRSS, peak)
		slices.Sort(lats)
		lr.p50 = max(lr.p50, lats[len(lats)/2])
		lr.worst = max(lr.worst, lats[len(lats)-1])
		fmt.Printf("  %d concurrent logins: peak RSS %s, slowest %v\n", o.logins, mib(peak), lats[len(lats)-1])
	}
	return scs, lr, nil
}

// profile runs an in-process pppdesk under page-1 and deep-page load at 16 connections and
// saves a CPU profile of the measured window and heap profiles before and after it.
func (e *env) profile(dsn string) ([]string, error) {
	o := e.o
	s, err := start("profserver", filepath.Join(e.dir, "profserver.log"), o.profserver, "--db", dsn, "--secret", e.secret)
	if err != nil {
		return nil, err
	}
	defer s.stop()
	token, err := login(s, deskEmail(0))
	if err != nil {
		return nil, err
	}
	var pc string
	for range deepItem / 50 {
		var page gqlPage
		vars := map[string]any{}
		if pc != "" {
			vars["after"] = pc
		}
		if err := fetch(graphqlRequest(s, token, pagingQuery, vars)(), &page); err != nil {
			return nil, err
		}
		pc = page.Data.Proposals.PageInfo.EndCursor
	}
	var saved []string
	for _, run := range []struct {
		name string
		vars map[string]any
	}{{"page1-c16", map[string]any{}}, {"deep-c16", map[string]any{"after": pc}}} {
		t := target{s, graphqlRequest(s, token, pageQuery, run.vars)}
		_ = load(t, 16, o.warmup, time.Second) // warm up outside the profile
		if err := save(s.pprof+"debug/pprof/allocs", filepath.Join(e.dir, run.name+"-allocs-before.prof")); err != nil {
			return nil, err
		}
		secs := max(1, int(o.duration.Seconds())-1)
		cpu := make(chan error, 1)
		go func() {
			cpu <- save(fmt.Sprintf("%sdebug/pprof/profile?seconds=%d", s.pprof, secs), filepath.Join(e.dir, run.name+"-cpu.prof"))
		}()
		res := load(t, 16, 0, o.duration)
		if err := <-cpu; err != nil {
			return nil, err
		}
		if err := save(s.pprof+"debug/pprof/allocs", filepath.Join(e.dir, run.name+"-allocs.prof")); err != nil {
			return nil, err
		}
		fmt.Printf("  profiled %s: %.0f req/s under the profiler\n", run.name, res.rps())
		saved = append(saved, run.name)
	}
	return saved, nil
}

func save(url, path string) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: status %d", url, resp.StatusCode)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, resp.Body); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}

func head(s []string) []string { return s[:min(3, len(s))] }

func mib(b int64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond)) }

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	return strings.Join(f[:3], " ")
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "**missed**"
}

func find(scs []*scenario, name string, conns int) *scenario {
	for _, s := range scs {
		if s.name == name && s.conns == conns {
			return s
		}
	}
	return nil
}

func (e *env) report(scs, big []*scenario, lr *loginResult, profiles []string, loadBefore, loadAfter string, took time.Duration) string {
	o := e.o
	var w strings.Builder
	fmt.Fprintf(&w, "# pppdesk vs baseline — %s\n\n", e.dialect)
	fmt.Fprintf(&w, "%s, commit %s, %s, %d CPUs, %s; %d interleaved rounds of %s (after %s warm-up) per row; load average %s before, %s after; took %s.\n\n",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), commit(), runtime.Version(), runtime.NumCPU(), o.db,
		o.rounds, o.duration, o.warmup, loadBefore, loadAfter, took.Round(time.Second))
	w.WriteString("Page: the DESK's 50 newest proposals with id, title, status, organization name and challenge title, with a bearer token; " +
		"the load generator runs on the same machine. Ratios are pppdesk/baseline.\n\n")
	w.WriteString("| page | conns | baseline req/s | pppdesk req/s | ratio | baseline p50 | pppdesk p50 | baseline p99 | pppdesk p99 | p99 ratio | baseline RSS | pppdesk RSS | errors |\n")
	w.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	var peak int64
	for _, s := range append(slices.Clone(scs), big...) {
		fmt.Fprintf(&w, "| %s | %d | %.0f | %.0f | %.2f | %s | %s | %s | %s | %.2f | %s | %s | %d / %d |\n",
			s.name, s.conns, s.b.rps(), s.p.rps(), s.p.rps()/s.b.rps(), ms(s.b.pct(0.5)), ms(s.p.pct(0.5)),
			ms(s.b.pct(0.99)), ms(s.p.pct(0.99)), float64(s.p.pct(0.99))/float64(s.b.pct(0.99)), mib(s.b.peakRSS), mib(s.p.peakRSS), s.b.errs, s.p.errs)
		if !strings.HasPrefix(s.name, "big-") {
			peak = max(peak, s.p.peakRSS)
		}
	}
	for _, s := range append(slices.Clone(scs), big...) {
		if s.b.firstErr != "" || s.p.firstErr != "" {
			fmt.Fprintf(&w, "\nFirst errors of %s c%d: baseline %q; pppdesk %q\n", s.name, s.conns, s.b.firstErr, s.p.firstErr)
		}
	}
	w.WriteString("\n## Targets (issue 10)\n\n| target | measured | verdict |\n|---|---|---|\n")
	if s := find(scs, "page 1", 16); s != nil {
		r := s.p.rps() / s.b.rps()
		fmt.Fprintf(&w, "| throughput at c16 ≥ 50 %% of the baseline's | %.0f %% | %s |\n", 100*r, verdict(r >= 0.5))
		q := float64(s.p.pct(0.99)) / float64(s.b.pct(0.99))
		fmt.Fprintf(&w, "| p99 at c16 ≤ 2× the baseline's | %.2f× | %s |\n", q, verdict(q <= 2))
	}
	if p1, d := find(scs, "page 1", 16), find(scs, "deep page", 16); p1 != nil && d != nil {
		r := p1.p.rps() / d.p.rps()
		p1c1, dc1 := find(scs, "page 1", 1), find(scs, "deep page", 1)
		r1 := float64(dc1.p.pct(0.5)) / float64(p1c1.p.pct(0.5))
		fmt.Fprintf(&w, "| deep page (after item 1,900) ≤ 1.2× the cost of page 1 | %.2f× (c16 req/s), %.2f× (c1 p50) | %s |\n", r, r1, verdict(max(r, r1) <= 1.2))
	}
	if b, s := find(big, "big-page 1", 16), find(scs, "page 1", 16); b != nil && s != nil {
		r := s.p.rps() / b.p.rps()
		b1, s1 := find(big, "big-page 1", 1), find(scs, "page 1", 1)
		r1 := float64(b1.p.pct(0.5)) / float64(s1.p.pct(0.5))
		fmt.Fprintf(&w, "| tenant page at 2 M rows / 1,741 municipalities ≤ 1.2× its cost at 2 k rows | %.2f× (c16 req/s), %.2f× (c1 p50); baseline %.2f×, %.2f× | %s |\n",
			r, r1, s.b.rps()/b.b.rps(), float64(b1.b.pct(0.5))/float64(s1.b.pct(0.5)), verdict(max(r, r1) <= 1.2))
	} else {
		w.WriteString("| tenant page at 2 M rows / 1,741 municipalities ≤ 1.2× its cost at 2 k rows | not run (bench/run.sh --big) | — |\n")
	}
	fmt.Fprintf(&w, "| RSS under load ≤ 64 MiB | %s peak (pppdesk binary; %s after start, baseline %s) | %s |\n",
		mib(peak), mib(e.idle["pppdesk"]), mib(e.idle["baseline"]), verdict(peak <= 64<<20))
	if lr != nil {
		fmt.Fprintf(&w, "| RSS during %d concurrent logins ≤ 128 MiB | %s peak (from %s before; slowest login %s, %d errors) | %s |\n",
			o.logins, mib(lr.peakRSS), mib(lr.idleRSS), ms(lr.worst), lr.errs, verdict(lr.peakRSS <= 128<<20 && lr.errs == 0))
		if lr.firstErr != "" {
			fmt.Fprintf(&w, "\nFirst login error: %q\n", lr.firstErr)
		}
	}
	if len(profiles) > 0 {
		fmt.Fprintf(&w, "\n## Profiles\n\nIn-process pppdesk (bench/cmd/profserver) under %s of load at 16 connections, in `%s/`:\n\n", o.duration, filepath.Base(e.dir))
		for _, p := range profiles {
			fmt.Fprintf(&w, "- `%s-cpu.prof`, `%s-allocs.prof` (heap since start; subtract `%s-allocs-before.prof` with `-base`)\n", p, p, p)
		}
	}
	return w.String()
}

func commit() string {
	out, err := exec.CommandContext(context.Background(), "git", "describe", "--always", "--dirty").Output()
	if err != nil {
		return "?"
	}
	return strings.TrimSpace(string(out))
}
