package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/briefbot/briefbot/adapters/web"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

const ingestUsage = `usage: briefbot ingest [-o FILE] [--force] [--date YYYY-MM-DD] [--url URL] [--registry FILE] SOURCE
  SOURCE   a text or HTML file, - for standard input, or an http(s) address
  -o FILE  write the draft there (refuses to replace a file unless --force); default: standard output
  --date   the article's date, when it does not say (or says it wrongly)
  --url    where a file or pasted text was published; a date in its path dates the article
  --registry FILE  the registry to name speakers and topics by (default: $BRIEFINGS_DIR/registry.yaml, else the built-in one)`

// fetchTimeout bounds fetching an article from the web.
const fetchTimeout = 10 * time.Second

// ingestCmd is briefbot ingest: an article in, a draft briefing out.
type ingestCmd struct {
	client *http.Client     // fetches URLs; its Timeout bounds each fetch
	now    func() time.Time // today, for an article that gives no date
}

// newIngestCmd fetches through the same guarded client as links from chat,
// with the private-address rule lifted: whoever runs ingest has a shell on
// the machine and may fetch from the intranet anyway. Schemes, redirects,
// size and time stay limited.
func newIngestCmd() *ingestCmd {
	return &ingestCmd{client: web.New(web.Options{AllowPrivate: true, Timeout: fetchTimeout}), now: time.Now}
}

// ingestFlags are the command's settings.
type ingestFlags struct {
	out, date, url, registry, source string
	force                            bool
}

func parseIngestFlags(args []string) (ingestFlags, error) {
	var f ingestFlags
	fset := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fset.SetOutput(io.Discard)
	fset.StringVar(&f.out, "o", "", "")
	fset.BoolVar(&f.force, "force", false, "")
	fset.StringVar(&f.date, "date", "", "")
	fset.StringVar(&f.url, "url", "", "")
	fset.StringVar(&f.registry, "registry", "", "")
	var sources []string
	for {
		if err := fset.Parse(args); err != nil {
			return f, err
		}
		args = fset.Args()
		if len(args) == 0 {
			break
		}
		sources = append(sources, args[0]) // flags may follow the source too
		args = args[1:]
	}
	if len(sources) != 1 {
		return f, fmt.Errorf("give exactly one article (a file, - or an address), not %d", len(sources))
	}
	f.source = sources[0]
	return f, nil
}

// run ingests one article. Nothing is written unless the whole draft is
// made and passes lint; a failure is one line and a non-zero exit.
func (c *ingestCmd) run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	f, err := parseIngestFlags(args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, ingestUsage)
			return nil
		}
		return &exitError{2, "ingest: " + err.Error() + "\n" + ingestUsage}
	}
	opt := ingest.Options{URL: f.url, Now: c.now}
	if f.date != "" {
		if opt.Date, err = time.Parse(briefings.DateLayout, f.date); err != nil {
			return &exitError{2, fmt.Sprintf("ingest: --date %q is not a date; write it as YYYY-MM-DD", f.date)}
		}
	}
	if f.url != "" {
		if u, err := url.Parse(f.url); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return &exitError{2, fmt.Sprintf("ingest: --url %q is not a web address (http:// or https://)", f.url)}
		}
	}
	if f.out != "" {
		if err := checkOut(f.out, f.force); err != nil {
			return &exitError{1, "ingest: " + err.Error()}
		}
		opt.ID = strings.TrimSuffix(filepath.Base(f.out), filepath.Ext(f.out))
	}
	reg, err := loadRegistry(f.registry, getenv)
	if err != nil {
		return &exitError{1, "ingest: " + err.Error()}
	}

	data, ctype, pageURL, name, err := c.read(ctx, f.source, stdin)
	if err != nil {
		return &exitError{1, "ingest: " + err.Error()}
	}
	if opt.URL == "" {
		opt.URL = pageURL
	}
	article, err := ingest.Read(data, ctype, opt.URL)
	if err != nil {
		return &exitError{1, fmt.Sprintf("ingest: %s %v", name, err)}
	}
	draft, err := ingest.New(reg).Draft(article, opt)
	if err != nil {
		return &exitError{1, fmt.Sprintf("ingest: %s %v", name, err)}
	}
	md := draft.Markdown()
	file := "draft.md"
	if f.out != "" {
		file = filepath.Base(f.out)
	}
	if _, ps := briefings.ParseBriefing(file, md, reg); ps.Err() != nil {
		// A bug, not bad input: say so rather than write a file lint rejects.
		return &exitError{1, "ingest: the draft made from " + name + " does not pass lint (please report this): " + strings.ReplaceAll(ps.Err().Error(), "\n", "; ")}
	}

	if f.out == "" {
		if _, err := stdout.Write(md); err != nil {
			return &exitError{1, "ingest: write the draft: " + err.Error()}
		}
	} else if err := writeAtomic(f.out, md, f.force); err != nil {
		return &exitError{1, "ingest: " + err.Error()}
	}
	fmt.Fprintln(stderr, summaryLine(draft, f.out))
	return nil
}

// read gets the article's bytes from a file, standard input or the web,
// with what it is (its content type, "" when unknown), where it was
// published ("" when unknown) and how to name it in messages.
func (c *ingestCmd) read(ctx context.Context, src string, stdin io.Reader) (data []byte, ctype, pageURL, name string, err error) {
	switch {
	case src == "-":
		data, err = ingest.ReadLimited(stdin, ingest.MaxBytes)
		if err != nil {
			return nil, "", "", "", fmt.Errorf("standard input %w", describe(err))
		}
		return data, "", "", "standard input", nil
	case strings.Contains(src, "://") && !strings.HasPrefix(src, "http://") && !strings.HasPrefix(src, "https://"):
		return nil, "", "", "", fmt.Errorf("%s: only http:// and https:// addresses can be fetched", src)
	case strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://"):
		page, err := ingest.Fetch(ctx, c.client, src, ingest.MaxBytes)
		if err != nil {
			return nil, "", "", "", err
		}
		return page.Body, page.ContentType, page.URL, src, nil
	}
	st, err := os.Stat(src)
	switch {
	case err != nil:
		return nil, "", "", "", fmt.Errorf("%s: %v", src, unwrapPath(err))
	case st.IsDir():
		return nil, "", "", "", fmt.Errorf("%s is a folder, not an article", src)
	case st.Size() > ingest.MaxBytes:
		return nil, "", "", "", fmt.Errorf("%s %w", src, ingest.ErrTooLarge)
	}
	fh, err := os.Open(src)
	if err != nil {
		return nil, "", "", "", fmt.Errorf("%s cannot be read: %v", src, unwrapPath(err))
	}
	defer fh.Close()
	data, err = ingest.ReadLimited(fh, ingest.MaxBytes)
	if err != nil {
		return nil, "", "", "", fmt.Errorf("%s %w", src, describe(err))
	}
	switch strings.ToLower(filepath.Ext(src)) {
	case ".html", ".htm", ".xhtml":
		ctype = "text/html"
	case ".txt", ".text", ".md":
		ctype = "text/plain"
	}
	return data, ctype, "", src, nil
}

// describe turns a read error into the end of a sentence about the input.
func describe(err error) error {
	if errors.Is(err, ingest.ErrTooLarge) {
		return err
	}
	return fmt.Errorf("cannot be read: %w", unwrapPath(err))
}

// loadRegistry reads the registry drafts are named by: --registry, else
// the one in BRIEFINGS_DIR, else the built-in one.
func loadRegistry(path string, getenv func(string) string) (*briefings.Registry, error) {
	var data []byte
	var err error
	switch {
	case path != "":
		data, err = os.ReadFile(path)
	case getenv("BRIEFINGS_DIR") != "":
		path = filepath.Join(getenv("BRIEFINGS_DIR"), briefings.RegistryFile)
		data, err = os.ReadFile(path)
	default:
		path = "the built-in " + briefings.RegistryFile
		data, err = fs.ReadFile(briefings.DefaultCorpus(), briefings.RegistryFile)
	}
	if err != nil {
		return nil, fmt.Errorf("registry %s: %v", path, unwrapPath(err))
	}
	reg, ps := briefings.ParseRegistry(path, data)
	if err := ps.Err(); err != nil {
		return nil, fmt.Errorf("registry %s has errors (briefbot lint): %s", path, strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	return reg, nil
}

// checkOut fails early, before any fetching, when the draft could not be
// written where asked.
func checkOut(out string, force bool) error {
	if st, err := os.Stat(filepath.Dir(out)); err != nil || !st.IsDir() {
		return fmt.Errorf("cannot write %s: %s is not a folder", out, filepath.Dir(out))
	}
	if st, err := os.Stat(out); err == nil {
		if st.IsDir() {
			return fmt.Errorf("%s is a folder; give a file name such as %s", out, filepath.Join(out, "draft.md"))
		}
		if !force {
			return fmt.Errorf("%s already exists; use --force to replace it", out)
		}
	}
	return nil
}

// writeAtomic writes the file whole or not at all: a temporary file in the
// same folder (a dot file, which the corpus watcher ignores) renamed over
// the target.
func writeAtomic(out string, data []byte, force bool) error {
	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %v", out, unwrapPath(err))
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %v", out, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %v", out, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %v", out, err)
	}
	if !force {
		if _, err := os.Stat(out); err == nil {
			return fmt.Errorf("%s already exists; use --force to replace it", out)
		}
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		return fmt.Errorf("write %s: %v", out, unwrapPath(err))
	}
	return nil
}

// summaryLine tells the editor what the draft holds and what to do next.
func summaryLine(d *ingest.Draft, out string) string {
	where := "draft"
	if out != "" {
		where = "wrote " + out
	}
	unknown := 0
	for _, q := range d.Quotes {
		if q.Speaker == ingest.Unknown {
			unknown++
		}
	}
	line := fmt.Sprintf("briefbot: ingest: %s: %d quote(s), %d with no speaker found, %d key point(s)", where, len(d.Quotes), unknown, len(d.Points))
	if len(d.New) > 0 {
		line += fmt.Sprintf("; add %d new speaker(s) to %s (listed at the top of the draft)", len(d.New), briefings.RegistryFile)
	}
	return line
}
