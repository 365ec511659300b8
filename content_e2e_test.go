package main

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/bot"
)

// briefingFile is a briefing a curator publishes: one quote by a known
// speaker.
func briefingFile(id, quote string, extra ...string) string {
	return fmt.Sprintf(`---
id: %s
%stitle: Putin says talks can go on
date: 2022-02-03
topics: [ukraine]
quotes:
  - speaker: Putin
    text: %s
    context: On the talks with Washington.
sources:
  - title: Wire report
    outlet: Example Wire
---
Putin said the talks could go on.
`, id, strings.Join(extra, ""), quote)
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// cli runs a briefbot command in this process, as a second process would:
// with its own connection to the store.
func cli(t *testing.T, vars map[string]string, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, env(vars), bot.SystemClock{}, strings.NewReader(""), &out, &errOut)
	if err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			return out.String(), fmt.Errorf("%s (exit %d)", ee.msg, ee.code)
		}
	}
	return out.String(), err
}

func mustCLI(t *testing.T, vars map[string]string, args ...string) string {
	t.Helper()
	out, err := cli(t, vars, args...)
	if err != nil {
		t.Fatalf("briefbot %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// waitAnswer asks until the answer holds want (or, with absent, no longer
// holds it), and returns how long that took.
func waitAnswer(t *testing.T, ask func() string, want string, absent bool) time.Duration {
	t.Helper()
	start := time.Now()
	for {
		got := ask()
		if strings.Contains(got, want) != absent {
			return time.Since(start)
		}
		if time.Since(start) > 15*time.Second {
			t.Fatalf("after 15s the answer still %s %q:\n%s", map[bool]string{false: "lacks", true: "has"}[absent], want, got)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestPublishToARunningBot is the curator's path on the default SQLite
// store, with the bot running: publish a briefing with a new quote by a
// known speaker and /quote shows it; retract it and /quote no longer does;
// the bot restarted keeps what was published and lacks what was retracted;
// history lists the versions.
func TestPublishToARunningBot(t *testing.T) {
	t.Parallel()
	const secret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
	dir := t.TempDir()
	vars := map[string]string{"SLACK_SIGNING_SECRET": secret, "DATABASE_URL": "sqlite:" + filepath.Join(dir, "briefbot.db")}
	b := startRunningBot(t, vars, bot.SystemClock{})
	quote := func() string { return slackCommand(t, b.base, secret, "/quote", "putin") }

	kept := writeFile(t, dir, "kept.md", briefingFile("2022-02-03-kept", "We are ready to keep talking."))
	gone := writeFile(t, dir, "gone.md", briefingFile("2022-02-03-gone", "This will be withdrawn."))
	out := mustCLI(t, vars, "publish", kept)
	if !strings.Contains(out, "published 2022-02-03-kept as version 1") {
		t.Errorf("publish said:\n%s", out)
	}
	took := waitAnswer(t, quote, "We are ready to keep talking.", false)
	t.Logf("publish to answer: %v", took)

	mustCLI(t, vars, "publish", gone)
	waitAnswer(t, quote, "This will be withdrawn.", false)
	out = mustCLI(t, vars, "retract", "2022-02-03-gone", "-reason", "not sourced well enough")
	if !strings.Contains(out, "retracted 2022-02-03-gone (version 2)") {
		t.Errorf("retract said:\n%s", out)
	}
	took = waitAnswer(t, quote, "This will be withdrawn.", true)
	t.Logf("retract to answer: %v", took)
	// The counters move just after the catalog is swapped.
	waitUntil(t, "the retraction counted", func() bool {
		_, m := get(t, b.base+"/metrics")
		return strings.Contains(m, `briefbot_content_changes_total{change="retracted"} 1`)
	}, b.logs)
	_, metrics := get(t, b.base+"/metrics")
	for _, want := range []string{
		`briefbot_catalog_items{kind="briefings",source="store"} 1`,
		`briefbot_catalog_items{kind="quotes",source="store"} 1`,
		`briefbot_catalog_items{kind="briefings",source="builtin"} 3`,
		`briefbot_content_changes_total{change="published"} 2`,
		`briefbot_content_changes_total{change="retracted"} 1`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}

	b.stop()
	b = startRunningBot(t, vars, bot.SystemClock{})
	got := slackCommand(t, b.base, secret, "/quote", "putin")
	if !strings.Contains(got, "We are ready to keep talking.") || strings.Contains(got, "This will be withdrawn.") {
		t.Errorf("after a restart, /quote putin:\n%s", got)
	}
	h := mustCLI(t, vars, "history", "2022-02-03-gone")
	for _, want := range []string{"2022-02-03-gone: 2 version(s)", "version 1  ", "published\n  first version: “Putin says talks can go on”",
		"version 2  ", "retracted (from version 1)\n  retracted: not sourced well enough"} {
		if !strings.Contains(h, want) {
			t.Errorf("history lacks %q:\n%s", want, h)
		}
	}
	if !strings.Contains(h, "cli:") {
		t.Errorf("history does not say who:\n%s", h)
	}
}

// TestTwoReplicasSeeAPublish: two bot processes on one PostgreSQL; a
// publish from a third process is answered by both.
func TestTwoReplicasSeeAPublish(t *testing.T) {
	t.Parallel()
	dsn := pgtest.FreshSchema(t)
	const secret = "8f742231b10e8888abcd99yyyzzz85a5"
	var ps []*botProcess
	for range 2 {
		ps = append(ps, startProcess(t, "SLACK_SIGNING_SECRET="+secret, "DATABASE_URL="+dsn))
	}
	dir := t.TempDir()
	file := writeFile(t, dir, "geneva.md", briefingFile("2022-02-03-geneva", "Both replicas will say this."))
	cmd := exec.Command(binary(t), "publish", file)
	cmd.Dir = dir
	cmd.Env = userEnv("DATABASE_URL=" + dsn)
	if out, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "published 2022-02-03-geneva as version 1") {
		t.Fatalf("publish: %v\n%s", err, out)
	}
	var wg sync.WaitGroup
	for i, p := range ps {
		wg.Go(func() {
			took := waitAnswer(t, func() string { return slackCommand(t, p.base, secret, "/quote", "putin") }, "Both replicas will say this.", false)
			t.Logf("replica %d answered with the publish after %v", i, took)
		})
	}
	wg.Wait()
}

// TestConcurrentPublishes: two curators publish their edits of the same
// version at once; exactly one wins, and the other is told who changed it.
func TestConcurrentPublishes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	vars := map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(dir, "briefbot.db")}
	mustCLI(t, vars, "publish", writeFile(t, dir, "g.md", briefingFile("g", "First words.")))
	a := writeFile(t, dir, "a.md", briefingFile("g", "Alice's words.", "version: 1\n"))
	b := writeFile(t, dir, "b.md", briefingFile("g", "Bob's words.", "version: 1\n"))
	var wg sync.WaitGroup
	outs, errs := make([]string, 2), make([]error, 2)
	for i, f := range []string{a, b} {
		wg.Go(func() { outs[i], errs[i] = cli(t, vars, "publish", f) })
	}
	wg.Wait()
	if (errs[0] == nil) == (errs[1] == nil) {
		t.Fatalf("want one winner:\n%v %s\n%v %s", errs[0], outs[0], errs[1], outs[1])
	}
	loser := 0
	if errs[1] != nil {
		loser = 1
	}
	if !strings.Contains(outs[loser], "g was changed by someone else: version 2 was published by cli:") ||
		!strings.Contains(errs[loser].Error(), "nothing was published") {
		t.Errorf("the loser was told:\n%s\n%v", outs[loser], errs[loser])
	}
	if out, _ := cli(t, vars, "publish", writeFile(t, dir, "c.md", briefingFile("g", "Carol's words."))); !strings.Contains(out, "g is already in the store: version 2") ||
		!strings.Contains(out, "version: 2") {
		t.Errorf("an edit naming no version:\n%s", out)
	}
}

// TestExportLintImport: what export writes passes lint, and imported into
// an empty database it gives the same answers; imported again, nothing
// changes.
func TestExportLintImport(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	first := map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(dir, "first.db")}
	second := map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(dir, "second.db")}
	lahti := strings.Replace(briefingFile("2022-02-04-lahti", "The door to talks is open.",
		"new_speakers:\n  - name: Aino Lahti\n    role: Prime Minister of Estmark\n    aliases: [Lahti]\n"), "speaker: Putin", "speaker: Lahti", 1)
	mustCLI(t, first, "publish", writeFile(t, dir, "a.md", briefingFile("2022-02-03-a", "We are ready to keep talking.")), writeFile(t, dir, "l.md", lahti))
	mustCLI(t, first, "publish", writeFile(t, dir, "a2.md", briefingFile("2022-02-03-a", "We are ready to go on talking.", "version: 1\n")))
	mustCLI(t, first, "publish", writeFile(t, dir, "x.md", briefingFile("2022-02-03-x", "Soon gone.")))
	mustCLI(t, first, "retract", "2022-02-03-x", "-reason", "duplicate")

	out := filepath.Join(dir, "export")
	if got := mustCLI(t, first, "export", out); !strings.Contains(got, "exported 2 briefing(s)") {
		t.Errorf("export said %q", got)
	}
	if got, err := cli(t, map[string]string{}, "lint", out); err != nil || !strings.Contains(got, "ok (0 warning(s))") {
		t.Errorf("lint of the export: %v\n%s", err, got)
	}
	if got := mustCLI(t, second, "import", out); !strings.Contains(got, "2 briefing(s) published, 0 unchanged") {
		t.Errorf("import said %q", got)
	}
	for _, q := range []string{"/quote putin", "/quote lahti", "/status ukraine", "/search talks", "/speakers", "/topics", "/brief ukraine"} {
		a, b := mustCLI(t, first, "ask", q), mustCLI(t, second, "ask", q)
		if a != b {
			t.Errorf("%s answers differently after export and import:\n%s\n---\n%s", q, a, b)
		}
	}
	if got := mustCLI(t, first, "ask", "/quote putin"); !strings.Contains(got, "go on talking") || strings.Contains(got, "Soon gone") {
		t.Errorf("/quote putin:\n%s", got)
	}
	if got := mustCLI(t, second, "import", out); !strings.Contains(got, "0 briefing(s) published, 2 unchanged") {
		t.Errorf("importing again said %q", got)
	}
	if got := mustCLI(t, first, "import", out); !strings.Contains(got, "0 briefing(s) published, 2 unchanged") {
		t.Errorf("importing into where it came from said %q", got)
	}
	if _, err := cli(t, first, "export", out); err == nil || !strings.Contains(err.Error(), "is not empty") {
		t.Errorf("export into a folder with files: %v", err)
	}
}

// TestFileAndStoreShareNoID: an id a curated file holds cannot be
// published, and a folder that takes a published id is a problem naming
// both places: refused at start, and on reload while the bot keeps
// serving what it had.
func TestFileAndStoreShareNoID(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	folder := filepath.Join(dir, "briefings")
	os.Mkdir(folder, 0o755)
	data, err := os.ReadFile("briefings/corpus/registry.yaml")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, folder, "registry.yaml", string(data))
	writeFile(t, folder, "filed.md", briefingFile("2022-02-03-filed", "From a file."))
	vars := map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(dir, "briefbot.db"), "BRIEFINGS_DIR": folder}

	out, err := cli(t, vars, "publish", writeFile(t, dir, "p.md", briefingFile("2022-02-03-filed", "From the store.")))
	if err == nil || !strings.Contains(out, `error: id "2022-02-03-filed" is held by the curated file `+filepath.Join(folder, "filed.md")+"; edit the file instead") {
		t.Errorf("publishing a file's id: %v\n%s", err, out)
	}
	out, err = cli(t, map[string]string{"DATABASE_URL": vars["DATABASE_URL"]}, "publish", writeFile(t, dir, "s.md", briefingFile("2022-02-03-stored", "From the store.")))
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}

	if _, err := cli(t, vars, "import", folder); err == nil || !strings.Contains(err.Error(), "is BRIEFINGS_DIR") {
		t.Errorf("importing BRIEFINGS_DIR while it is set: %v", err)
	}

	// A folder holding the published id: the bot does not start.
	clash := writeFile(t, folder, "clash.md", briefingFile("2022-02-03-stored", "Also from a file."))
	_, err = cli(t, vars, "ask", "/quote putin")
	if err == nil || !strings.Contains(err.Error(), filepath.Join(folder, "clash.md")+`:2: error: id "2022-02-03-stored" is also published in the store (version 1, by cli:`) {
		t.Errorf("starting with a folder that takes a published id: %v", err)
	}
	os.Remove(clash)

	// The bot runs; a file taking the published id is refused on reload.
	const secret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
	vars["SLACK_SIGNING_SECRET"] = secret
	b := startRunningBot(t, vars, bot.SystemClock{})
	writeFile(t, folder, "clash.md", briefingFile("2022-02-03-stored", "Also from a file."))
	waitUntil(t, "the reload refused", func() bool { return strings.Contains(b.logs.String(), "is also published in the store") }, b.logs)
	if !strings.Contains(b.logs.String(), "clash.md") {
		t.Errorf("the log does not name the file:\n%s", b.logs)
	}
	got := slackCommand(t, b.base, secret, "/quote", "putin")
	if !strings.Contains(got, "From the store.") || strings.Contains(got, "Also from a file.") || !strings.Contains(got, "From a file.") {
		t.Errorf("after the refused reload, /quote putin:\n%s", got)
	}
}

// TestBuiltinCorpusOff: BUILTIN_BRIEFINGS=off serves only what is
// published; a briefing may bring its own topic and speaker.
func TestBuiltinCorpusOff(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	vars := map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(dir, "briefbot.db"), "BUILTIN_BRIEFINGS": "off"}
	if got := mustCLI(t, vars, "ask", "/quote putin"); !strings.Contains(got, "No speaker called") {
		t.Errorf("with the built-in corpus off, /quote putin:\n%s", got)
	}
	own := `---
id: harbour-strike
title: Dockers walk out
date: 2024-03-04
new_topics:
  - name: Port strike
    description: The dock workers' strike.
new_speakers:
  - name: Harbour Authority
    kind: organisation
topics: [Port strike]
quotes:
  - speaker: Harbour Authority
    text: The port is closed.
sources:
  - title: Port notice
    outlet: Harbour Authority
---
The dock workers walked out.
`
	mustCLI(t, vars, "publish", writeFile(t, dir, "own.md", own))
	got := mustCLI(t, vars, "ask", "/topics")
	if !strings.Contains(got, "Port strike") || strings.Contains(got, "Ukraine") {
		t.Errorf("/topics:\n%s", got)
	}
	if got := mustCLI(t, vars, "ask", "/quote harbour authority"); !strings.Contains(got, "The port is closed.") {
		t.Errorf("/quote harbour authority:\n%s", got)
	}
}

// TestReadyzWhenTheContentCannotBeRead: a store whose published briefings
// cannot be read at start fails /readyz, naming it, and the bot answers
// from its files meanwhile; once the store can be read, /readyz passes.
func TestReadyzWhenTheContentCannotBeRead(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "briefbot.db")
	vars := map[string]string{"DATABASE_URL": "sqlite:" + path}
	if _, err := cli(t, vars, "history", "x"); err == nil || !strings.Contains(err.Error(), `the store holds no briefing "x"`) { // and creates the database
		t.Fatalf("history of nothing: %v", err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`ALTER TABLE content_state RENAME TO content_state_away`); err != nil {
		t.Fatal(err)
	}
	vars["SLACK_SIGNING_SECRET"] = "s"
	b := startRunningBot(t, vars, bot.SystemClock{})
	code, body := get(t, b.base+"/readyz")
	if code != 503 || !strings.Contains(body, `"content":"reading the published briefings`) {
		t.Errorf("/readyz = %d %s", code, body)
	}
	if _, err := db.Exec(`ALTER TABLE content_state_away RENAME TO content_state`); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "/readyz to pass", func() bool { code, _ := get(t, b.base+"/readyz"); return code == 200 }, b.logs)
}
