package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A malformed .env is reported by the line that goes wrong, and by its
// variable when the line starts with one, never with a value from the file.
func TestDotenvSyntaxErrorNamesTheLine(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, file, want string
	}{
		{"unterminated quote", "SLACK_SIGNING_SECRET=\"topsecret\n", ".env line 1 (SLACK_SIGNING_SECRET) is malformed"},
		{"after good lines", "# comment\nA=1\n\nSLACK-ADMINS=U1\n", ".env line 4 (SLACK-ADMINS) is malformed"},
		{"after a value spanning lines", "A=1\nB=\"two\nlines\"\nC=1\nD;E=x\n", ".env line 5 is malformed"},
		{"export prefix", "export DISCORD_BOT_TOKEN='topsecret\n", ".env line 1 (DISCORD_BOT_TOKEN) is malformed"},
		{"a pasted token", "A=1\nxoxb-1-topsecret\n", ".env line 2 is malformed"},
		{"a mixed-case name is not repeated", "A=1\nTopSecret-x=1\n", ".env line 2 is malformed"},
		{"CRLF line ends", "A=1\r\nB=\"topsecret\r\n", ".env line 2 (B) is malformed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			err := dotenvSyntaxError(".env", []byte(tc.file))
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("got %v, want it to start %q", err, tc.want)
			}
			if err != nil && (strings.Contains(err.Error(), "opsecret") || strings.Contains(err.Error(), "xoxb")) {
				t.Errorf("the error repeats the file's content: %v", err)
			}
		})
	}
}

// A .env the bot cannot read stops start-up saying so, not calling the
// file malformed.
func TestUnreadableDotEnv(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".env"), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary(t), "ask", "/help")
	cmd.Dir = dir
	cmd.Env = userEnv()
	out, _ := cmd.CombinedOutput()
	if code := cmd.ProcessState.ExitCode(); code != 2 {
		t.Errorf("exit code %d, want 2", code)
	}
	if !strings.Contains(string(out), ".env cannot be read") || strings.Contains(string(out), "malformed") {
		t.Errorf("output: %s", out)
	}
}
