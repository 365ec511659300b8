package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/internal/testutil"
)

// env returns a getenv for run that sees only vars.
func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds briefbot once per test run, for tests that run it as a user
// would: a separate process in an empty folder.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "briefbot-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "briefbot")
		if runtime.GOOS == "windows" {
			binPath += ".exe"
		}
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("build: %v", buildErr)
	}
	return binPath
}

// userEnv is a clean environment for the bot process: no tokens, nothing
// from the developer's shell that could change its behaviour.
func userEnv(extra ...string) []string {
	e := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}
	return append(e, extra...)
}

// TestConsoleSessionInEmptyFolder is the foundation's first promise: with no
// tokens, in an empty folder, the bot answers on the console from the
// built-in corpus and exits at the end of its input.
func TestConsoleSessionInEmptyFolder(t *testing.T) {
	t.Parallel()
	cmd := exec.Command(binary(t))
	cmd.Dir = t.TempDir()
	cmd.Env = userEnv()
	cmd.Stdin = strings.NewReader("/status ukraine\n/quote putin\n/quote Putn\n/status narnia\n/topics\n")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("exit: %v\nstderr:\n%s", err, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{
		"Ukraine: ",
		"As of 1 February 2022",
		"Antiwar.com, by Dave DeCamp",
		"“Imagine that Ukraine becomes a NATO member and launches those military",
		"“Should we fight NATO then? Has anyone thought about it?”",
		"“draw us into a military conflict and force its allies in Europe to impose",
		"“We need to find a way to ensure interests and security of all parties,",
		"No topic called “narnia”",
		"Did you mean Ukraine or NATO?",
		"Arms control (1 briefing)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q", want)
		}
	}
	// /quote Putn answers like /quote putin: the four quotes appear twice.
	if n := strings.Count(out, "Has anyone thought about it?"); n < 2 {
		t.Errorf("/quote Putn did not find Putin's quotes (seen %d times)", n)
	}
	if !strings.Contains(stderr.String(), "no Slack or Discord tokens set; answering here") {
		t.Errorf("no console banner on stderr: %q", stderr.String())
	}
	if entries, _ := os.ReadDir(cmd.Dir); len(entries) > 0 {
		// The console alone must not need any file; a daily-post store may
		// create its database, which is the only thing allowed here.
		for _, e := range entries {
			if !strings.HasPrefix(e.Name(), "briefbot.db") {
				t.Errorf("the console created %s in the working folder", e.Name())
			}
		}
	}
}

func TestAsk(t *testing.T) {
	t.Parallel()
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"ask", "/quote putin nato"}, env(nil), bot.SystemClock{}, nil, &out, &errb)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Should we fight NATO then?") || strings.Contains(out.String(), "We need to find a way") {
		t.Errorf("ask output:\n%s", out.String())
	}
}

// A script that passes an empty command gets the usage line and exit
// status 2, not an answer to a question it did not ask.
func TestAskWithoutCommand(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"ask"}, {"ask", ""}, {"ask", " ", "/"}} {
		var out, errb bytes.Buffer
		err := run(context.Background(), args, env(nil), bot.SystemClock{}, nil, &out, &errb)
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != 2 || !strings.Contains(ee.msg, `usage: briefbot ask "/status ukraine"`) {
			t.Errorf("%q: err %v, want the usage line and exit status 2", args, err)
		}
		if out.Len() > 0 {
			t.Errorf("%q: printed %q", args, out.String())
		}
	}
}

// TestConsoleThroughRun drives the console through run with a pipe, as
// `printf … | go run .` does.
func TestConsoleThroughRun(t *testing.T) {
	t.Parallel()
	var out, errb bytes.Buffer
	in := strings.NewReader("# a comment\n\n/help\n/search missiles\n")
	if err := run(context.Background(), nil, env(map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "b.db")}), bot.SystemClock{}, in, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Briefbot commands") || !strings.Contains(out.String(), "Missiles in Europe remain a possible area of agreement") {
		t.Errorf("output:\n%s", out.String())
	}
}

func TestLint(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	reg := "speakers:\n  - name: Vladimir Putin\ntopics:\n  - name: Ukraine\n    description: x\n"
	os.WriteFile(filepath.Join(dir, "registry.yaml"), []byte(reg), 0o644)
	os.WriteFile(filepath.Join(dir, "good.md"), []byte("---\ntitle: T\ndate: 2022-02-01\ntopics: [ukraine]\nsources:\n  - title: S\n    outlet: O\n---\nBody.\n"), 0o644)

	var out bytes.Buffer
	if err := run(context.Background(), []string{"lint", dir}, env(nil), bot.SystemClock{}, nil, &out, &out); err != nil {
		t.Fatalf("clean folder: %v\n%s", err, out.String())
	}

	os.WriteFile(filepath.Join(dir, "broken.md"), []byte("---\ntitle: T\ndate: 2022-02-01\ntopics: [ukraine\n---\nBody.\n"), 0o644)
	out.Reset()
	err := run(context.Background(), []string{"lint", dir}, env(nil), bot.SystemClock{}, nil, &out, &out)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code == 0 {
		t.Fatalf("broken folder: err %v, want a non-zero exit", err)
	}
	// The unclosed "[" is on line 4 of broken.md.
	if want := filepath.Join(dir, "broken.md") + ":4: error: "; !strings.Contains(out.String(), want) {
		t.Errorf("lint output does not name %s:\n%s", want, out.String())
	}

	// As a user runs it: a real process and its exit status.
	cmd := exec.Command(binary(t), "lint", dir)
	cmd.Env = userEnv()
	b, err := cmd.CombinedOutput()
	if ee := (*exec.ExitError)(nil); !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Errorf("lint of a broken folder: %v, want exit status 1\n%s", err, b)
	}
	if !strings.Contains(string(b), "broken.md:4: error: ") {
		t.Errorf("output does not name broken.md:4:\n%s", b)
	}
}

func TestMalformedConfigNamesTheVariable(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, value string }{
		{"HTTP_ADDR", "localhost"},
		{"LOG_LEVEL", "loud"},
		{"DEFAULT_TZ", "Mars/Olympus"},
		{"DEFAULT_TZ", "Local"},
		{"CATCHUP", "soon"},
		{"CATCHUP", "-1h"},
		{"CATCHUP", "24h"},
		{"FEED_INTERVAL", "often"},
		{"FEED_INTERVAL", "500ms"},
		{"FEED_INTERVAL", "48h"},
		{"DISCORD_PUBLIC_KEY", "zz"},
		{"SLACK_BOT_TOKEN", "xoxp-user-token-secret"},
		{"DATABASE_URL", "mysql://x"},
		{"METRICS", "maybe"},
		{"INGEST_ALLOW_PRIVATE", "sometimes"},
		{"DISCORD_SHARD_COUNT", "0"},
		{"SLACK_ADMINS", "alice"},
		{"SLACK_CURATORS", "alice"},
		{"SLACK_CURATORS", "U123, U456:T789"},
		{"SLACK_CURATORS", "T123:"},
		{"DISCORD_CURATOR_ROLE", "Editors"},
		{"SLACK_API_URL", "slack.com/api"},
		{"SLACK_API_URL", "ftp://proxy:secret@example.com/api/"},
		{"DISCORD_API_URL", "http://proxy:secret@[::1/api"},
		{"DISCORD_API_URL", "https:///api/v10"},
		{"BRIEFINGS_DIR", "/does/not/exist"},
		{"DISCORD_APP_ID", "my-app"},
		{"DISCORD_CURATOR_ROLE", "Editors"},
	}
	for _, tc := range cases {
		name, value := tc.name, tc.value
		err := run(context.Background(), []string{"ask", "/help"}, env(map[string]string{name: value}), bot.SystemClock{}, nil, &bytes.Buffer{}, &bytes.Buffer{})
		var ee *exitError
		if !errors.As(err, &ee) || ee.code == 0 {
			t.Errorf("%s=%s: err %v, want start-up to stop", name, value, err)
			continue
		}
		if !strings.Contains(ee.msg, name) {
			t.Errorf("%s=%s: message %q does not name the variable", name, value, ee.msg)
		}
		if strings.Contains(ee.msg, "secret") {
			t.Errorf("%s: message repeats a secret: %q", name, ee.msg)
		}
	}
}

// TestCurators: SLACK_CURATORS takes user ids, bare or with their
// workspace; DISCORD_CURATOR_ROLE a role id.
func TestCurators(t *testing.T) {
	t.Parallel()
	cfg, err := loadConfig(env(map[string]string{"SLACK_CURATORS": " U012AB3CD, T0AB:U0CD ,E0ENT:W0ORG,", "DISCORD_CURATOR_ROLE": "112233445566778899"}))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"U012AB3CD", "T0AB:U0CD", "E0ENT:W0ORG"}; !slices.Equal(cfg.Slack.Curators, want) {
		t.Errorf("SLACK_CURATORS read as %q, want %q", cfg.Slack.Curators, want)
	}
	if cfg.Discord.CuratorRole != "112233445566778899" {
		t.Errorf("DISCORD_CURATOR_ROLE read as %q", cfg.Discord.CuratorRole)
	}
}

// TestIngestAllowPrivate: the variable is off unless set to a yes.
func TestIngestAllowPrivate(t *testing.T) {
	t.Parallel()
	for v, want := range map[string]bool{"": false, "false": false, "0": false, "true": true, "TRUE": true, "yes": true, "1": true, "on": true} {
		cfg, err := loadConfig(env(map[string]string{"INGEST_ALLOW_PRIVATE": v}))
		if err != nil || cfg.IngestAllowPrivate != want {
			t.Errorf("INGEST_ALLOW_PRIVATE=%q: %v, %v; want %v", v, cfg.IngestAllowPrivate, err, want)
		}
	}
}

func TestBrokenBriefingsDirStopsStartup(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "registry.yaml"), []byte("topics:\n  - name: Ukraine\n    description: x\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("---\ntitle: T\n"), 0o644)
	err := run(context.Background(), []string{"ask", "/topics"}, env(map[string]string{"BRIEFINGS_DIR": dir}), bot.SystemClock{}, nil, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "a.md:1:") {
		t.Errorf("got %v, want an error naming a.md:1", err)
	}
}

// A mistake in .env stops start-up without repeating the file, whose other
// lines hold secrets.
func TestMalformedDotEnvDoesNotLeakSecrets(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, ".env"), []byte("SLACK-ADMINS=U1\nSLACK_SIGNING_SECRET=topsecret-value\nSLACK_BOT_TOKEN=\"xoxb-unterminated\n"), 0o600)
	cmd := exec.Command(binary(t), "ask", "/help")
	cmd.Dir = dir
	cmd.Env = userEnv()
	out, _ := cmd.CombinedOutput()
	if code := cmd.ProcessState.ExitCode(); code != 2 {
		t.Errorf("exit code %d, want 2", code)
	}
	if strings.Contains(string(out), "topsecret") || strings.Contains(string(out), "xoxb-") {
		t.Errorf("the error repeats a secret: %s", out)
	}
	if !strings.Contains(string(out), ".env line 1 (SLACK-ADMINS) is malformed") {
		t.Errorf("output: %s", out)
	}
}

// A .env file in the working folder configures the bot, and a variable set
// in the real environment wins over it (README, Configuration).
func TestDotEnvAndTheRealEnvironment(t *testing.T) {
	t.Parallel()
	good, err := filepath.Abs(filepath.Join("briefings", "testdata", "good"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".env"), []byte("# curators' folder\nBRIEFINGS_DIR="+good+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	topics := func(extra ...string) string {
		t.Helper()
		cmd := exec.Command(binary(t), "ask", "/topics")
		cmd.Dir = dir
		cmd.Env = userEnv(extra...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v: %v\n%s", extra, err, out)
		}
		return string(out)
	}
	if out := topics(); !strings.Contains(out, "Port strike") || strings.Contains(out, "Arms control") {
		t.Errorf("BRIEFINGS_DIR from .env is not used:\n%s", out)
	}
	if out := topics("BRIEFINGS_DIR=" + testutil.CopyCorpus(t)); !strings.Contains(out, "Arms control") || strings.Contains(out, "Port strike") {
		t.Errorf("the real environment does not win over .env:\n%s", out)
	}
	// Set but empty is set: the built-in corpus, as the environment says.
	if out := topics("BRIEFINGS_DIR="); !strings.Contains(out, "Arms control") {
		t.Errorf("an empty BRIEFINGS_DIR in the environment lost to .env:\n%s", out)
	}
}
