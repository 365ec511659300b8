package console

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/bot"
)

// A terminal has no buttons and no modals, so the console offers a card's
// buttons as numbered choices ("[1] Publish  [2] Edit …", typed as /do 1),
// asks a button's confirmation as a y/n question, and fills a form one
// field at a time. The person at the console is the bot's operator, and a
// curator.

// Actor acts on a card's buttons and forms; *bot.Bot is one. A Handler
// that is not one gets no choices.
type Actor interface {
	Act(ctx context.Context, req bot.Request, do string) bot.Effect
	Submit(ctx context.Context, req bot.Request, form string, values map[string]string) bot.Effect
}

// interaction is what the console is in the middle of: the choices last
// offered, a question to confirm, a form being filled.
type interaction struct {
	confirm *bot.Action // a chosen button waiting for y or n
	form    *filling
}

// filling is a form being filled in, a field at a time.
type filling struct {
	f      *bot.Form
	i      int               // the field being asked
	values map[string]string // what the fields hold so far
	lines  []string          // a multi-line field's lines so far
}

// doActions are a reply's buttons that act (Do), in order.
func doActions(r bot.Reply) []bot.Action {
	var out []bot.Action
	for _, a := range r.Actions {
		if a.Do != "" {
			out = append(out, a)
		}
	}
	return out
}

// interact handles a line when the console is in the middle of something,
// or a /do line; it reports whether it took the line.
func (c *Console) interact(ctx context.Context, line string, req bot.Request) (bool, error) {
	st := &c.st
	actor, ok := c.Handler.(Actor)
	if !ok {
		return false, nil
	}
	switch {
	case st.form != nil:
		return true, c.fillField(ctx, actor, req, line)
	case st.confirm != nil:
		a := *st.confirm
		st.confirm = nil
		switch strings.ToLower(strings.TrimSpace(line)) {
		case "y", "yes":
			return true, c.effect(ctx, actor.Act(ctx, req, a.Do))
		default:
			return true, c.say(a.Confirm.No + ": nothing was done.")
		}
	}
	cmd, arg := bot.ParseCommand(line)
	if cmd != "do" {
		return false, nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(arg))
	choices := c.lastChoices()
	switch {
	case len(choices) == 0:
		return true, c.say("There is nothing to choose yet: /draft <link> drafts a briefing and offers what you can do with it.")
	case err != nil || n < 1 || n > len(choices):
		return true, c.say(fmt.Sprintf("Type /do and the number of a choice, 1 to %d.", len(choices)))
	}
	a := choices[n-1]
	if a.Confirm != nil {
		st.confirm = &a
		return true, c.say(fmt.Sprintf("%s %s\nType y to %s, or n to %s.", a.Confirm.Title, a.Confirm.Text, strings.ToLower(a.Confirm.Yes), strings.ToLower(a.Confirm.No)))
	}
	return true, c.effect(ctx, actor.Act(ctx, req, a.Do))
}

// effect shows what a click or a form did: the notice, the card, and a
// form to fill in.
func (c *Console) effect(ctx context.Context, e bot.Effect) error {
	if e.Notice != nil {
		r := *e.Notice
		if e.Form != nil {
			r.Actions = nil // the form opens again at once: no "Edit again" to choose
		}
		if err := c.show(r); err != nil {
			return err
		}
	}
	if e.Card != nil {
		if err := c.show(*e.Card); err != nil {
			return err
		}
	}
	if e.Form != nil {
		c.st.form = &filling{f: e.Form, values: map[string]string{}}
		for _, fl := range e.Form.Fields {
			c.st.form.values[fl.Name] = fl.Value
		}
		c.say(fmt.Sprintf("%s: %d %s to fill in. For each, type the new value, or press Enter to keep what it holds. /cancel stops without saving.",
			e.Form.Title, len(e.Form.Fields), plural(len(e.Form.Fields), "field", "fields")))
		return c.askField()
	}
	return nil
}

// askField asks the form's current field.
func (c *Console) askField() error {
	fs := c.st.form
	fl := fs.f.Fields[fs.i]
	var b strings.Builder
	fmt.Fprintf(&b, "\n%s", fl.Label)
	if fl.Required {
		b.WriteString(" (required)")
	}
	b.WriteString("\n")
	if fl.Context != "" {
		b.WriteString(wrap(fl.Context, c.width(), "  ", "  "))
	}
	if fl.Error != "" {
		b.WriteString(wrap("! "+fl.Error, c.width(), "  ", "    "))
	}
	if v := fs.values[fl.Name]; v != "" {
		b.WriteString("  Now: " + strings.ReplaceAll(v, "\n", "\n       ") + "\n")
	} else if fl.Placeholder != "" {
		b.WriteString("  For example: " + fl.Placeholder + "\n")
	}
	if fl.Multiline {
		b.WriteString("  Type it over several lines if you like, and end with a line holding only a dot (.).\n")
	}
	return c.say(strings.TrimSuffix(b.String(), "\n"))
}

// fillField takes a line for the form's current field, and submits the
// form after its last one.
func (c *Console) fillField(ctx context.Context, actor Actor, req bot.Request, line string) error {
	fs := c.st.form
	if strings.TrimSpace(line) == "/cancel" {
		c.st.form = nil
		return c.say("Stopped: nothing was saved.")
	}
	fl := fs.f.Fields[fs.i]
	if fl.Multiline {
		switch {
		case len(fs.lines) == 0 && line == "":
			// keep what it holds
		case line != ".":
			fs.lines = append(fs.lines, line)
			return nil
		default:
			fs.values[fl.Name] = strings.Join(fs.lines, "\n")
		}
		fs.lines = nil
	} else if line != "" {
		fs.values[fl.Name] = line
	}
	if fs.i++; fs.i < len(fs.f.Fields) {
		return c.askField()
	}
	c.st.form = nil
	return c.effect(ctx, actor.Submit(ctx, req, fs.f.ID, fs.values))
}

// say writes a line of the console's own.
func (c *Console) say(s string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, err := fmt.Fprintln(c.Out, s)
	return err
}

func (c *Console) width() int {
	if c.Width <= 20 {
		return DefaultWidth
	}
	return c.Width
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
