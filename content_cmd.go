package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// The curation commands: publish, retract, history, export and import work
// on the store DATABASE_URL names, as the server does, while it runs.

const (
	publishUsage = "usage: briefbot publish FILE [FILE…]   check briefing files as lint does and publish them, all or none"
	retractUsage = `usage: briefbot retract ID -reason "why" [-version N]   stop serving a published briefing (history keeps it)`
	historyUsage = "usage: briefbot history ID   every version of a published briefing: who, when, what changed"
	exportUsage  = "usage: briefbot export DIR   write the published briefings and their registry into a new folder"
	importUsage  = "usage: briefbot import DIR   publish a folder of briefings (and its registry.yaml), keeping their dates"
)

// curation is what the curation commands share.
type curation struct {
	cfg   Config
	db    database
	files *briefings.Corpus // nil when no curated files are served
	by    string            // cli:<user>
	now   func() time.Time
	out   io.Writer
}

func openCuration(ctx context.Context, getenv func(string) string, clock bot.Clock, stdout, stderr io.Writer) (*curation, error) {
	cfg, err := loadConfig(getenv)
	if err != nil {
		return nil, &exitError{2, "configuration: " + err.Error()}
	}
	files, err := loadFiles(cfg, newLogger(cfg, stderr, true))
	if err != nil {
		return nil, err
	}
	db, _, err := openStore(ctx, cfg.DatabaseURL)
	if err != nil {
		return nil, &exitError{1, fmt.Sprintf("DATABASE_URL: %v", err)}
	}
	return &curation{cfg: cfg, db: db, files: files, by: bot.Actor("cli", "", osUser(getenv)), now: clock.Now, out: stdout}, nil
}

// osUser names who runs the command, for the history.
func osUser(getenv func(string) string) string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, v := range []string{"USER", "LOGNAME", "USERNAME"} {
		if s := getenv(v); s != "" {
			return s
		}
	}
	return "unknown"
}

// validator checks briefings against the curated files and the store's
// registry, as the bot serves them.
func (c *curation) validator(ctx context.Context) (*briefings.Validator, error) {
	reg, err := c.db.Registry(ctx)
	if err != nil {
		return nil, &exitError{1, err.Error()}
	}
	var ss []*briefings.Speaker
	var ts []*briefings.Topic
	for _, e := range reg.Speakers {
		ss = append(ss, e.Speaker)
	}
	for _, e := range reg.Topics {
		ts = append(ts, e.Topic)
	}
	v, ps := briefings.NewValidator(c.files, ss, ts)
	if err := ps.Err(); err != nil {
		return nil, &exitError{1, "the curated files and the store's registry disagree; fix them first:\n" + err.Error()}
	}
	v.Now = c.now
	return v, nil
}

func publishCmd(ctx context.Context, args []string, getenv func(string) string, clock bot.Clock, stdout, stderr io.Writer) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return &exitError{2, publishUsage}
	}
	var files []briefings.File
	for _, name := range args {
		data, err := readBriefingFile(name)
		if err != nil {
			return &exitError{1, fmt.Sprintf("publish: %s: %v; nothing was published", name, err)}
		}
		files = append(files, briefings.File{Name: name, Text: data})
	}
	c, err := openCuration(ctx, getenv, clock, stdout, stderr)
	if err != nil {
		return err
	}
	defer c.db.Close()
	v, err := c.validator(ctx)
	if err != nil {
		return err
	}
	outs, err := bot.Publish(ctx, c.db, v, bot.PublishRequest{Files: files, By: c.by, At: c.now()})
	if err != nil {
		return c.refused("publish", err)
	}
	for _, o := range outs {
		c.reportOutcome(o)
	}
	return nil
}

// readBriefingFile reads a file to publish: a regular file, within the cap
// the bot puts on curated files.
func readBriefingFile(name string) ([]byte, error) {
	st, err := os.Stat(name)
	switch {
	case err != nil:
		return nil, unwrapPath(err)
	case !st.Mode().IsRegular():
		return nil, errors.New("not a regular file")
	case st.Size() > briefings.MaxFileSize:
		return nil, fmt.Errorf("%d bytes, over the %d MiB cap for one briefing", st.Size(), briefings.MaxFileSize>>20)
	}
	return os.ReadFile(name)
}

func (c *curation) reportOutcome(o bot.PublishOutcome) {
	for _, p := range o.Warnings {
		fmt.Fprintln(c.out, p)
	}
	if o.Unchanged {
		fmt.Fprintf(c.out, "%s: unchanged, still version %d (%s)\n", o.ID, o.Version, o.File)
		return
	}
	fmt.Fprintf(c.out, "published %s as version %d (%s)\n", o.ID, o.Version, o.File)
	for _, ch := range o.Changes {
		fmt.Fprintf(c.out, "  %s\n", ch)
	}
}

// refused explains why nothing was written: lint's problems, conflicts
// with what others published, a registry clash.
func (c *curation) refused(cmd string, err error) error {
	var ce *briefings.CorpusError
	if errors.As(err, &ce) {
		for _, p := range ce.Problems {
			fmt.Fprintln(c.out, p)
		}
		return &exitError{1, fmt.Sprintf("%s: nothing was published: %d error(s)", cmd, len(ce.Problems))}
	}
	conflicts := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		conflicts = j.Unwrap()
	}
	n := 0
	for _, e := range conflicts {
		var cf *bot.ConflictError
		var rc *bot.RegistryConflictError
		switch {
		case errors.As(e, &cf):
			n++
			fmt.Fprintf(c.out, "%s\n  %s\n", cf, conflictHint(cf))
		case errors.As(e, &rc):
			n++
			fmt.Fprintf(c.out, "%s: a briefing may add speakers and topics, never rename or merge one; use the one the store has, or give yours other names\n", rc)
		}
	}
	if n == 0 {
		return err
	}
	return &exitError{1, fmt.Sprintf("%s: nothing was published: %d conflict(s) with what is in the store", cmd, n)}
}

func conflictHint(cf *bot.ConflictError) string {
	switch {
	case cf.Current == 0:
		return "remove the version field to publish it as new"
	case cf.Base == 0 && cf.State == bot.StateRetracted:
		return fmt.Sprintf("to publish it again as it was, publish that text; to publish a new text, add version: %d to its front matter", cf.Current)
	case cf.Base == 0:
		return fmt.Sprintf("to change it, start from what is published: briefbot export DIR writes it with version: %d, or add that line to your file's front matter", cf.Current)
	}
	return fmt.Sprintf("nothing of yours was lost: export it again (briefbot export DIR) to see their change, make yours on top of it (version: %d), and publish", cf.Current)
}

// parseOne parses flags around one positional argument.
func parseOne(fset *flag.FlagSet, args []string) (string, error) {
	var pos []string
	for {
		if err := fset.Parse(args); err != nil {
			return "", err
		}
		args = fset.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	if len(pos) != 1 {
		return "", fmt.Errorf("want one argument, got %d", len(pos))
	}
	return pos[0], nil
}

func retractCmd(ctx context.Context, args []string, getenv func(string) string, clock bot.Clock, stdout, stderr io.Writer) error {
	fset := flag.NewFlagSet("retract", flag.ContinueOnError)
	fset.SetOutput(io.Discard)
	reason := fset.String("reason", "", "")
	version := fset.Int("version", 0, "")
	id, err := parseOne(fset, args)
	if err != nil {
		return &exitError{2, retractUsage}
	}
	if strings.TrimSpace(*reason) == "" {
		return &exitError{2, "retract: say why with -reason \"…\"; the history keeps it\n" + retractUsage}
	}
	c, err := openCuration(ctx, getenv, clock, stdout, stderr)
	if err != nil {
		return err
	}
	defer c.db.Close()
	v, err := c.db.Retract(ctx, bot.Retraction{ID: id, Version: *version, By: c.by, At: c.now(), Reason: strings.TrimSpace(*reason)})
	var cf *bot.ConflictError
	switch {
	case errors.Is(err, bot.ErrNoBriefing):
		return &exitError{1, "retract: " + c.notInStore(id)}
	case errors.As(err, &cf):
		return &exitError{1, "retract: " + cf.Error()}
	case err != nil:
		return err
	}
	fmt.Fprintf(stdout, "retracted %s (version %d): no longer served; its history keeps it, and publishing it again brings it back\n", id, v.Version)
	return nil
}

// notInStore says that the store has never held an id, and where the id is
// instead when a curated file has it.
func (c *curation) notInStore(id string) string {
	if c.files != nil {
		for _, b := range c.files.Briefings {
			if b.ID == id {
				return fmt.Sprintf("%s is not published in the store: it is the curated file %s; change or delete the file instead", id, c.files.Where(b.File))
			}
		}
	}
	return fmt.Sprintf("the store holds no briefing %q", id)
}

func historyCmd(ctx context.Context, args []string, getenv func(string) string, clock bot.Clock, stdout, stderr io.Writer) error {
	if len(args) != 1 || strings.HasPrefix(args[0], "-") {
		return &exitError{2, historyUsage}
	}
	c, err := openCuration(ctx, getenv, clock, stdout, stderr)
	if err != nil {
		return err
	}
	defer c.db.Close()
	h, err := bot.History(ctx, c.db, args[0])
	if errors.Is(err, bot.ErrNoBriefing) {
		return &exitError{1, "history: " + c.notInStore(args[0])}
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d version(s)\n", args[0], len(h))
	for _, e := range h {
		what := string(e.State)
		if e.Base > 0 {
			what += fmt.Sprintf(" (from version %d)", e.Base)
		}
		fmt.Fprintf(stdout, "version %d  %s  %s  %s\n", e.Version.Version, e.At.UTC().Format("2006-01-02 15:04 MST"), e.By, what)
		for _, ch := range e.Changes {
			fmt.Fprintf(stdout, "  %s\n", ch)
		}
	}
	return nil
}

func exportCmd(ctx context.Context, args []string, getenv func(string) string, clock bot.Clock, stdout, stderr io.Writer) error {
	if len(args) != 1 || strings.HasPrefix(args[0], "-") {
		return &exitError{2, exportUsage}
	}
	dir := args[0]
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return &exitError{1, fmt.Sprintf("export: %s is not empty; export into a new folder, so nothing in it is overwritten", dir)}
	}
	c, err := openCuration(ctx, getenv, clock, stdout, stderr)
	if err != nil {
		return err
	}
	defer c.db.Close()
	snap, err := c.db.Snapshot(ctx)
	if err != nil {
		return err
	}
	lib := briefings.NewLibrary(c.files)
	lib.LoadStore(bot.ContentUpdate(snap))
	reg := exportRegistry(snap, lib.Catalog())
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &exitError{1, fmt.Sprintf("export: %v", err)}
	}
	var regText bytes.Buffer
	enc := yaml.NewEncoder(&regText)
	enc.SetIndent(2)
	if err := enc.Encode(reg); err != nil {
		return err
	}
	head := "# The registry of the briefings exported from the store by briefbot export: the\n# store's own speakers and topics, and those of the curated files that they name.\n"
	if err := os.WriteFile(filepath.Join(dir, briefings.RegistryFile), append([]byte(head), regText.Bytes()...), 0o644); err != nil {
		return &exitError{1, fmt.Sprintf("export: %v", err)}
	}
	used := map[string]bool{}
	for _, v := range snap.Versions {
		text, err := bot.Export(v)
		if err != nil {
			return fmt.Errorf("export %s: %w", v.ID, err)
		}
		name := exportName(v.ID, used)
		if err := os.WriteFile(filepath.Join(dir, name), text, 0o644); err != nil {
			return &exitError{1, fmt.Sprintf("export: %v", err)}
		}
	}
	fmt.Fprintf(stdout, "exported %d briefing(s), %d speaker(s) and %d topic(s) to %s\n", len(snap.Versions), len(reg.Speakers), len(reg.Topics), dir)
	return nil
}

// sameDir reports whether two paths name one folder.
func sameDir(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}

var plainName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$`)

// exportName is the file name of an exported briefing: its id where that
// makes a plain file name, else a slug of it with a hash. The file's id
// field, not its name, is what counts.
func exportName(id string, used map[string]bool) string {
	base := id
	if !plainName.MatchString(id) || strings.EqualFold(id, "readme") || strings.HasPrefix(strings.ToLower(id), "registry") {
		h := sha256.Sum256([]byte(id))
		base = strings.Trim(briefings.Slug(id), "-")
		if len(base) > 80 {
			base = base[:80]
		}
		base += "-" + hex.EncodeToString(h[:4])
	}
	name := base + ".md"
	for i := 2; used[strings.ToLower(name)]; i++ {
		name = fmt.Sprintf("%s-%d.md", base, i)
	}
	used[strings.ToLower(name)] = true
	return name
}

// registryFile is registry.yaml as export writes it.
type registryFile struct {
	Speakers []speakerEntry `yaml:"speakers"`
	Topics   []topicEntry   `yaml:"topics"`
}

type speakerEntry struct {
	Name         string   `yaml:"name"`
	ID           string   `yaml:"id"`
	Role         string   `yaml:"role,omitempty"`
	Organisation string   `yaml:"organisation,omitempty"`
	Kind         string   `yaml:"kind,omitempty"`
	Aliases      []string `yaml:"aliases,omitempty,flow"`
}

type topicEntry struct {
	Name        string   `yaml:"name"`
	ID          string   `yaml:"id"`
	Description string   `yaml:"description,omitempty"`
	Aliases     []string `yaml:"aliases,omitempty,flow"`
}

// exportRegistry is the store's registry entries, and every entry of the
// curated files that an exported briefing names, so that the folder stands
// on its own.
func exportRegistry(snap bot.Content, cat *briefings.Catalog) registryFile {
	speakers := map[string]*briefings.Speaker{}
	topics := map[string]*briefings.Topic{}
	for _, e := range snap.Speakers {
		speakers[e.Speaker.ID] = e.Speaker
	}
	for _, e := range snap.Topics {
		topics[e.Topic.ID] = e.Topic
	}
	for _, v := range snap.Versions {
		b := cat.Briefing(v.ID)
		if b == nil || b.Origin != briefings.OriginStore {
			continue
		}
		for _, t := range b.Topics {
			topics[t.ID] = t
		}
		for _, q := range b.Quotes {
			speakers[q.Speaker.ID] = q.Speaker
		}
		for _, p := range b.Points {
			if p.Speaker != nil {
				speakers[p.Speaker.ID] = p.Speaker
			}
		}
	}
	var out registryFile
	for _, s := range speakers {
		out.Speakers = append(out.Speakers, speakerEntry{s.Name, s.ID, s.Role, s.Organisation, s.Kind, s.Aliases})
	}
	for _, t := range topics {
		out.Topics = append(out.Topics, topicEntry{t.Name, t.ID, t.Description, t.Aliases})
	}
	sort.Slice(out.Speakers, func(i, j int) bool { return out.Speakers[i].ID < out.Speakers[j].ID })
	sort.Slice(out.Topics, func(i, j int) bool { return out.Topics[i].ID < out.Topics[j].ID })
	return out
}

func importCmd(ctx context.Context, args []string, getenv func(string) string, clock bot.Clock, stdout, stderr io.Writer) error {
	if len(args) != 1 || strings.HasPrefix(args[0], "-") {
		return &exitError{2, importUsage}
	}
	dir := args[0]
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return &exitError{2, fmt.Sprintf("import: %s is not a folder", dir)}
	}
	reg, all, ps := briefings.ReadFolder(dir)
	if err := ps.Err(); err != nil {
		for _, p := range ps.Errors() {
			p.File = filepath.Join(dir, p.File)
			fmt.Fprintln(stdout, p)
		}
		return &exitError{1, fmt.Sprintf("import: nothing was published: %d error(s)", len(ps.Errors()))}
	}
	var files []briefings.File
	drafts := 0
	for _, f := range all {
		if d := strings.ToLower(briefings.FieldValue(f.Text, "draft")); d == "true" || d == "yes" {
			drafts++ // a draft stays in the folder until it is ready
			continue
		}
		f.Name = filepath.Join(dir, filepath.FromSlash(f.Name))
		files = append(files, f)
	}
	c, err := openCuration(ctx, getenv, clock, stdout, stderr)
	if err != nil {
		return err
	}
	defer c.db.Close()
	if sameDir(dir, c.cfg.BriefingsDir) {
		return &exitError{2, fmt.Sprintf("import: %s is BRIEFINGS_DIR, whose files keep their ids while the bot reads them; run the import with BRIEFINGS_DIR unset (BRIEFINGS_DIR= briefbot import %s), then remove BRIEFINGS_DIR from the bot's configuration", dir, dir)}
	}
	v, err := c.validator(ctx)
	if err != nil {
		return err
	}
	outs, err := bot.Publish(ctx, c.db, v, bot.PublishRequest{Files: files, Registry: reg, By: c.by, At: c.now(), Import: true})
	if err != nil {
		return c.refused("import", err)
	}
	unchanged := 0
	for _, o := range outs {
		if o.Unchanged {
			unchanged++
			continue
		}
		c.reportOutcome(o)
	}
	fmt.Fprintf(stdout, "imported %s: %d briefing(s) published, %d unchanged", dir, len(outs)-unchanged, unchanged)
	if drafts > 0 {
		fmt.Fprintf(stdout, ", %d draft(s) left out (publish them when they are ready)", drafts)
	}
	fmt.Fprintln(stdout)
	return nil
}
