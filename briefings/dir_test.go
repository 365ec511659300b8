package briefings_test

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/testutil"
)

// secret is what a file outside the folder holds; it must never reach a
// problem, a log or a catalog.
const secret = "DATABASE_PASSWORD=hunter2"

// hazard is one thing a curator (or a mistake in a shared volume) can put
// into the folder that the loader must refuse without hanging, running out
// of memory, or reading a file outside the folder.
type hazard struct {
	name   string
	file   string                         // the problem's file, relative to the folder
	make   func(t *testing.T, dir string) // puts the hazard into dir
	reason string                         // in the problem's message
}

// hazards lists the cases every loader test runs; the FIFO and device ones
// come from dir_unix_test.go.
func hazards(t *testing.T) []hazard {
	outside := filepath.Join(t.TempDir(), "outside.md")
	if err := os.WriteFile(outside, []byte("---\ntitle: "+secret+"\n---\n"+secret+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	hs := []hazard{
		{
			name: "big briefing", file: "big.md", reason: "over the 1 MiB cap",
			make: func(t *testing.T, dir string) {
				// 50 MB, sparse: cheap to make, costly to read whole.
				f, err := os.Create(filepath.Join(dir, "big.md"))
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				if err := f.Truncate(50 << 20); err != nil {
					t.Fatal(err)
				}
			},
		},
		{
			name: "big registry", file: briefings.RegistryFile, reason: "over the 1 MiB cap",
			make: func(t *testing.T, dir string) {
				if err := os.Truncate(filepath.Join(dir, briefings.RegistryFile), briefings.MaxFileSize+1); err != nil {
					t.Fatal(err)
				}
			},
		},
		{
			name: "relative link out of the folder", file: "escape.md", reason: "leads outside the briefings folder",
			make: func(t *testing.T, dir string) {
				rel, err := filepath.Rel(dir, outside)
				if err != nil {
					t.Fatal(err)
				}
				symlink(t, rel, filepath.Join(dir, "escape.md"))
			},
		},
		{
			name: "absolute link out of the folder", file: "escape.md", reason: "leads outside the briefings folder",
			make: func(t *testing.T, dir string) { symlink(t, outside, filepath.Join(dir, "escape.md")) },
		},
		{
			name: "registry linked from outside", file: briefings.RegistryFile, reason: "leads outside the briefings folder",
			make: func(t *testing.T, dir string) {
				reg := filepath.Join(dir, briefings.RegistryFile)
				if err := os.Remove(reg); err != nil {
					t.Fatal(err)
				}
				symlink(t, outside, reg)
			},
		},
		{
			name: "link out through a linked sub-folder", file: "sub/escape.md", reason: "leads outside the briefings folder",
			make: func(t *testing.T, dir string) {
				if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
					t.Fatal(err)
				}
				rel, err := filepath.Rel(filepath.Join(dir, "sub"), outside)
				if err != nil {
					t.Fatal(err)
				}
				symlink(t, rel, filepath.Join(dir, "sub", "escape.md"))
			},
		},
		{
			name: "link to a folder, named like a briefing", file: "folder.md", reason: "not a regular file but a folder",
			make: func(t *testing.T, dir string) {
				// A folder is walked into, not read: a link to one is
				// what the loader meets as a file.
				if err := os.Mkdir(filepath.Join(dir, "real"), 0o755); err != nil {
					t.Fatal(err)
				}
				symlink(t, "real", filepath.Join(dir, "folder.md"))
			},
		},
	}
	return append(hs, unixHazards(t)...)
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
}

// TestLoadDirRefusesUnsafeFiles: each hazard is an error naming the file and
// the reason, the load returns (no hang on a pipe, no 50 MB read), and
// nothing of a file outside the folder is read.
func TestLoadDirRefusesUnsafeFiles(t *testing.T) {
	t.Parallel()
	for _, h := range hazards(t) {
		t.Run(h.name, func(t *testing.T) {
			t.Parallel()
			dir := testutil.CopyCorpus(t)
			h.make(t, dir)
			type result struct {
				c  *briefings.Catalog
				ps briefings.Problems
			}
			done := make(chan result, 1)
			go func() {
				c, ps := briefings.LoadDir(dir)
				done <- result{c, ps}
			}()
			var r result
			select {
			case r = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("LoadDir did not return")
			}
			if r.c != nil {
				t.Error("a catalog was built from an unsafe folder")
			}
			found := false
			for _, p := range r.ps {
				if strings.Contains(p.String(), secret) {
					t.Errorf("a problem shows the outside file's contents: %s", p)
				}
				if p.File == h.file && p.Severity == briefings.Error && strings.Contains(p.Msg, h.reason) {
					found = true
				}
			}
			if !found {
				t.Errorf("no error for %s saying %q; got:\n%v", h.file, h.reason, r.ps)
			}
			// lint says the same.
			if ps := briefings.LintDir(dir); len(ps.Errors()) == 0 || ps.Err().Error() != r.ps.Err().Error() {
				t.Errorf("LintDir: %v, LoadDir: %v", ps.Err(), r.ps.Err())
			}
		})
	}
}

// A link that stays inside the folder is followed, as a Kubernetes
// ConfigMap volume and a curator's shared file need: relative, through a
// linked folder too.
func TestLoadDirFollowsLinksInside(t *testing.T) {
	t.Parallel()
	dir := testutil.CopyCorpus(t)
	const name = "2022-02-01-missile-ban-proposal.md"
	if err := os.MkdirAll(filepath.Join(dir, ".shared", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(dir, name), filepath.Join(dir, ".shared", "x", name)); err != nil {
		t.Fatal(err)
	}
	symlink(t, filepath.Join(".shared", "x"), filepath.Join(dir, ".data"))
	symlink(t, filepath.Join(".data", name), filepath.Join(dir, name))
	c, ps := briefings.LoadDir(dir)
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	if c.Briefing("2022-02-01-missile-ban-proposal") == nil {
		t.Error("the briefing behind a link inside the folder is not served")
	}
}

// A file that claims a small size and then never ends (a file growing
// while it is read; a file system that lies) is cut at the cap.
func TestLoadCapsWhatIsReadNotWhatStatSays(t *testing.T) {
	t.Parallel()
	reg, err := fs.ReadFile(briefings.DefaultCorpus(), briefings.RegistryFile)
	if err != nil {
		t.Fatal(err)
	}
	fsys := endlessFS{MapFS: fstest.MapFS{briefings.RegistryFile: {Data: reg}, "endless.md": {Data: []byte("---\n")}}, endless: "endless.md"}
	_, ps := briefings.Load(fsys)
	if err := ps.Err(); err == nil || !strings.Contains(err.Error(), "endless.md: error: larger than the 1 MiB cap") {
		t.Errorf("got %v", err)
	}
}

// endlessFS serves one file whose reads never end.
type endlessFS struct {
	fstest.MapFS
	endless string
}

func (e endlessFS) Open(name string) (fs.File, error) {
	f, err := e.MapFS.Open(name)
	if err != nil || name != e.endless {
		return f, err
	}
	return endlessFile{f}, nil
}

type endlessFile struct{ fs.File }

func (endlessFile) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

var _ io.Reader = endlessFile{}

// The built-in corpus reads through embed.FS and stays clean.
func TestEmbeddedCorpusStillLoads(t *testing.T) {
	t.Parallel()
	c, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	if nb, _ := c.Len(); nb == 0 {
		t.Error("no briefings in the built-in corpus")
	}
}

// A name or message with control characters cannot start a new line or
// move the cursor in lint's output or a log line built from Problem.
func TestProblemStringEscapesControlCharacters(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		p    briefings.Problem
		want string
	}{
		{briefings.Problem{File: "a b.md", Line: 3, Severity: briefings.Error, Msg: "bad"}, "a b.md:3: error: bad"},
		{briefings.Problem{File: "ok.md\nregistry.yaml:1: error: forged", Severity: briefings.Error, Msg: "bad"},
			`"ok.md\nregistry.yaml:1: error: forged": error: bad`},
		{briefings.Problem{File: "x\x1b[2K.md", Line: 1, Severity: briefings.Warning, Msg: "m"}, `"x\x1b[2K.md":1: warning: m`},
		{briefings.Problem{File: "\xff.md", Severity: briefings.Error, Msg: "m"}, `"\xff.md": error: m`},
		{briefings.Problem{File: "é\u202e.md", Severity: briefings.Error, Msg: "m"}, `"é\u202e.md": error: m`},
		{briefings.Problem{File: "a.md", Severity: briefings.Error, Msg: "id \"x\" is already used by b\r\n.md:2"},
			`a.md: error: id "x" is already used by b\r\n.md:2`},
	} {
		if got := c.p.String(); got != c.want {
			t.Errorf("%q: got %s, want %s", c.p.File, got, c.want)
		}
	}
}
