package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/web"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

const seedFile = "briefings/ingest/testdata/seed.txt"
const seedURL = "https://news.antiwar.com/2022/02/01/us-and-russia-agree-to-keep-talking-amid-heightened-tensions/"

// ingestRun runs briefbot ingest as a user would, returning its output.
func ingestRun(t *testing.T, c *ingestCmd, env map[string]string, stdin io.Reader, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	getenv := func(k string) string { return env[k] }
	if c == nil {
		err = run(context.Background(), append([]string{"ingest"}, args...), getenv, bot.SystemClock{}, stdin, &out, &errOut)
	} else {
		err = c.run(context.Background(), args, getenv, stdin, &out, &errOut)
	}
	return out.String(), errOut.String(), err
}

// TestIngestWritesDraft: the seed article to a file, as the example
// does; the file is the library's draft, passes lint, and nothing else is
// left in the folder.
func TestIngestWritesDraft(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out := filepath.Join(dir, "2022-02-01-us-russia-talks.md")
	stdout, stderr, err := ingestRun(t, nil, nil, nil, "--url", seedURL, "-o", out, seedFile)
	if err != nil {
		t.Fatalf("ingest: %v", err)
	}
	if stdout != "" {
		t.Errorf("with -o, standard output should stay empty, got %q", stdout)
	}
	want := "briefbot: ingest: wrote " + out + ": 4 quote(s), 0 with no speaker found, 6 key point(s)\n"
	if stderr != want {
		t.Errorf("stderr %q, want %q", stderr, want)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(seedFile)
	a, err := ingest.Read(data, "text/plain", seedURL)
	if err != nil {
		t.Fatal(err)
	}
	reg := builtinRegistry(t)
	d, err := ingest.New(reg).Draft(a, ingest.Options{URL: seedURL, ID: "2022-02-01-us-russia-talks"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, d.Markdown()) {
		t.Errorf("the file is not the library's draft:\n%s", got)
	}
	b, ps := briefings.ParseBriefing(filepath.Base(out), got, reg)
	if ps.Err() != nil || b.ID != "2022-02-01-us-russia-talks" || !b.Draft {
		t.Errorf("lint: %v; id %q, draft %v", ps, b.ID, b.Draft)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("want only the draft in the folder, got %v", entries)
	}
}

// TestIngestStdin: "-" reads standard input; the draft goes to standard
// output, the summary line to standard error.
func TestIngestStdin(t *testing.T) {
	t.Parallel()
	article, err := os.ReadFile("briefings/ingest/testdata/articles/13-mine-collapse.txt")
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr, err := ingestRun(t, nil, nil, bytes.NewReader(article), "--date", "2023-11-02", "-")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(stdout, "---\n") || !strings.Contains(stdout, "date: 2023-11-02\ndraft: true\n") {
		t.Errorf("want the draft on standard output, got %q", stdout)
	}
	if !strings.HasPrefix(stderr, "briefbot: ingest: draft: 8 quote(s), 2 with no speaker found,") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr %q", stderr)
	}
}

// TestIngestURL fetches an article page from a local server: the page's
// metadata dates it and the address is its source.
func TestIngestURL(t *testing.T) {
	t.Parallel()
	page, err := os.ReadFile("briefings/ingest/testdata/articles/10-alliance-summit.html")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	t.Cleanup(srv.Close)
	stdout, _, err := ingestRun(t, nil, nil, nil, srv.URL+"/world/alliance")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"date: 2023-07-11\n", "url: " + srv.URL + "/world/alliance\n", "outlet: Northern Post\n", "speaker: Jonas Eklund\n"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the draft lacks %q:\n%s", want, stdout)
		}
	}
}

// TestIngestRegistry: speakers are named by the registry in BRIEFINGS_DIR,
// or the one --registry names, rather than the built-in one.
func TestIngestRegistry(t *testing.T) {
	t.Parallel()
	reg := "briefings/ingest/testdata/articles/registry.yaml"
	dir := t.TempDir()
	data, err := os.ReadFile(reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, briefings.RegistryFile), data, 0o644); err != nil {
		t.Fatal(err)
	}
	article := "briefings/ingest/testdata/articles/03-expulsions.txt"
	const registryName = "speaker: Karvian Ministry of Foreign Affairs\n"
	for name, tc := range map[string]struct {
		env  map[string]string
		args []string
	}{
		"BRIEFINGS_DIR": {map[string]string{"BRIEFINGS_DIR": dir}, []string{article}},
		"--registry":    {nil, []string{"--registry", reg, article}},
	} {
		stdout, _, err := ingestRun(t, nil, tc.env, nil, tc.args...)
		if err != nil || !strings.Contains(stdout, registryName) {
			t.Errorf("%s: want the registry's name %q, got %v\n%s", name, registryName, err, stdout)
		}
	}
	stdout, _, err := ingestRun(t, nil, nil, nil, article)
	if err != nil || strings.Contains(stdout, registryName) || !strings.Contains(stdout, "speaker: Karvian Foreign Ministry\n") {
		t.Errorf("with the built-in registry the ministry is new, under the article's name: %v\n%s", err, stdout)
	}
}

// TestIngestOverwrite: an existing file is kept unless --force.
func TestIngestOverwrite(t *testing.T) {
	t.Parallel()
	out := filepath.Join(t.TempDir(), "draft.md")
	if err := os.WriteFile(out, []byte("an editor's work"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := ingestRun(t, nil, nil, nil, "-o", out, "--url", seedURL, seedFile)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code == 0 || ee.msg != "ingest: "+out+" already exists; use --force to replace it" {
		t.Fatalf("got %v, want a refusal", err)
	}
	if got, _ := os.ReadFile(out); string(got) != "an editor's work" {
		t.Fatalf("the file was changed: %q", got)
	}
	if _, _, err := ingestRun(t, nil, nil, nil, "-o", out, "--force", "--url", seedURL, seedFile); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(out); !bytes.HasPrefix(got, []byte("---\n")) {
		t.Fatalf("--force did not replace the file: %q", got)
	}
}

// TestIngestFailures: input that is not an article, and every way reading
// it can fail, exit non-zero with one clear line and write nothing.
func TestIngestFailures(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	blank := write("blank.txt", []byte("\n \n\t\n"))
	binary := write("photo.jpg", append([]byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), bytes.Repeat([]byte{0, 1, 2, 3}, 256)...))
	short := write("short.txt", []byte("Headline\n\nToo short to be news."))
	huge := filepath.Join(dir, "huge.txt")
	if f, err := os.Create(huge); err != nil {
		t.Fatal(err)
	} else {
		f.Truncate(ingest.MaxBytes + 1)
		f.Close()
	}
	folder := filepath.Join(dir, "folder")
	os.Mkdir(folder, 0o755)
	unreadable := write("locked.txt", []byte("text"))
	os.Chmod(unreadable, 0)
	badRegistry := write("registry.yaml", []byte("speakers: [oops"))

	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	t.Cleanup(slow.Close)
	missing := httptest.NewServer(http.NotFoundHandler())
	t.Cleanup(missing.Close)
	toFile := httptest.NewServer(http.RedirectHandler("file:///etc/passwd", http.StatusFound))
	t.Cleanup(toFile.Close)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String() + "/story"
	l.Close()

	tests := []struct {
		name  string
		args  []string
		stdin io.Reader
		want  string // in the one line
		code  int
		skip  func() bool
	}{
		{name: "missing file", args: []string{filepath.Join(dir, "nope.txt")}, want: "nope.txt: no such file or directory", code: 1},
		{name: "a folder", args: []string{folder}, want: "is a folder, not an article", code: 1},
		{name: "unreadable file", args: []string{unreadable}, want: "locked.txt cannot be read: permission denied", code: 1,
			skip: func() bool { f, err := os.Open(unreadable); f.Close(); return err == nil }}, // root reads anything
		{name: "unreadable file (I/O error)", args: []string{"/proc/self/mem"}, want: "/proc/self/mem cannot be read: input/output error", code: 1,
			skip: func() bool { return runtime.GOOS != "linux" }},
		{name: "empty file", args: []string{empty}, want: "empty.txt is empty", code: 1},
		{name: "only blank lines", args: []string{blank}, want: "blank.txt is empty", code: 1},
		{name: "binary file", args: []string{binary}, want: "photo.jpg is not text (it looks like a binary file)", code: 1},
		{name: "too short", args: []string{short}, want: "short.txt holds no article text that could be read", code: 1},
		{name: "huge file", args: []string{huge}, want: "huge.txt is larger than 5 MB", code: 1},
		{name: "huge standard input", args: []string{"-"}, stdin: io.LimitReader(neverEnding('a'), ingest.MaxBytes+10), want: "standard input is larger than 5 MB", code: 1},
		{name: "empty standard input", args: []string{"-"}, want: "standard input is empty", code: 1},
		{name: "unreachable URL", args: []string{closed}, want: "cannot connect: connection refused", code: 1},
		{name: "URL not found", args: []string{missing.URL + "/story"}, want: "the server answered 404 Not Found", code: 1},
		{name: "URL too slow", args: []string{slow.URL + "/story"}, want: "no answer within 100ms", code: 1},
		{name: "URL redirects to a file", args: []string{toFile.URL + "/story"}, want: "refused: it redirects to a file:// address; only http and https are fetched", code: 1},
		{name: "not a web address", args: []string{"ftp://example.com/story"}, want: "only http:// and https:// addresses can be fetched", code: 1},
		{name: "bad --date", args: []string{"--date", "1/2/2022", seedFile}, want: `--date "1/2/2022" is not a date`, code: 2},
		{name: "bad --url", args: []string{"--url", "example.com/x", seedFile}, want: `--url "example.com/x" is not a web address`, code: 2},
		{name: "no article", args: nil, want: "give exactly one article", code: 2},
		{name: "two articles", args: []string{seedFile, seedFile}, want: "give exactly one article (a file, - or an address), not 2", code: 2},
		{name: "-o in a missing folder", args: []string{"-o", filepath.Join(dir, "no", "x.md"), seedFile}, want: "is not a folder", code: 1},
		{name: "broken registry", args: []string{"--registry", badRegistry, seedFile}, want: "has errors (briefbot lint)", code: 1},
	}
	c := newIngestCmd()
	c.client = web.New(web.Options{AllowPrivate: true, Timeout: 100 * time.Millisecond})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if tc.skip != nil && tc.skip() {
				t.Skip("cannot make this failure here")
			}
			out := filepath.Join(t.TempDir(), "draft.md")
			args := tc.args
			if tc.code == 1 && !slices.Contains(args, "-o") {
				args = append([]string{"-o", out}, args...)
			}
			stdout, stderr, err := ingestRun(t, c, nil, tc.stdin, args...)
			var ee *exitError
			if !errors.As(err, &ee) {
				t.Fatalf("got %v, want a failure", err)
			}
			line := strings.SplitN(ee.msg, "\n", 2)[0]
			if ee.code != tc.code || !strings.HasPrefix(line, "ingest: ") || !strings.Contains(line, tc.want) {
				t.Errorf("exit %d %q, want exit %d with a line containing %q", ee.code, ee.msg, tc.code, tc.want)
			}
			if tc.code == 1 && strings.Contains(ee.msg, "\n") {
				t.Errorf("want one line, got %q", ee.msg)
			}
			if stdout != "" || stderr != "" {
				t.Errorf("wrote output: %q %q", stdout, stderr)
			}
			if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 0 {
				t.Errorf("left files behind: %v", entries)
			}
		})
	}
}

// TestIngestHelp: the command is listed in the usage and explains itself.
func TestIngestHelp(t *testing.T) {
	t.Parallel()
	var out bytes.Buffer
	if err := run(context.Background(), []string{"help"}, func(string) string { return "" }, bot.SystemClock{}, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "briefbot ingest SOURCE") {
		t.Errorf("usage does not list ingest:\n%s", out.String())
	}
	stdout, _, err := ingestRun(t, nil, nil, nil, "--help")
	if err != nil || !strings.HasPrefix(stdout, "usage: briefbot ingest") {
		t.Errorf("ingest --help: %v %q", err, stdout)
	}
}

func builtinRegistry(t *testing.T) *briefings.Registry {
	t.Helper()
	data, err := fs.ReadFile(briefings.DefaultCorpus(), briefings.RegistryFile)
	if err != nil {
		t.Fatal(err)
	}
	reg, ps := briefings.ParseRegistry(briefings.RegistryFile, data)
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	return reg
}

// neverEnding is an endless reader of one byte.
type neverEnding byte

func (b neverEnding) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}
