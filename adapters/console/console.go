// Package console is the adapter for a terminal or a pipe: it reads commands
// line by line and prints the bot's replies as plain text. It is what runs
// when no chat platform is configured, and the harness the tests drive.
package console

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/bot"
)

// Handler answers requests; *bot.Bot is one.
type Handler interface {
	Handle(ctx context.Context, req bot.Request) bot.Reply
}

// Console talks to one person through In and Out. Optional fields have
// usable zero values.
type Console struct {
	In      io.Reader
	Out     io.Writer
	Handler Handler

	// Prompt, when set, is printed before each line is read (for a
	// terminal; leave it empty for pipes).
	Prompt string
	// Width wraps replies; 0 means DefaultWidth.
	Width int
	// User names the person, for logs and subscriptions; "" means "console".
	User string

	mu sync.Mutex // one writer at a time: replies and daily posts interleave
	n  int
	// choices are the Do buttons of the last reply or card shown that had
	// any, in order: what /do N takes. Guarded by mu, since feeds post cards
	// from their own goroutine, perhaps while a command is being answered.
	choices []bot.Action
	cards   int // review cards posted (PostCard), for their refs

	turn sync.Mutex // one line at a time through Ask, which may be in the middle of a form
	st   interaction
}

// New returns a console reading in and writing out.
func New(in io.Reader, out io.Writer, h Handler) *Console {
	return &Console{In: in, Out: out, Handler: h}
}

// maxLine bounds one input line. A longer line (a paste gone wrong) is not
// read into memory whole: it is answered with a usage message and skipped,
// and the session goes on.
const maxLine = 64 * 1024

// line is one input line, or the news that one was too long.
type line struct {
	text    string
	tooLong bool
}

// Run answers each line until the input ends (nil) or ctx is done
// (ctx.Err()). Empty lines and lines starting with # are skipped, so a
// script of commands may carry comments.
func (c *Console) Run(ctx context.Context) error {
	lines := make(chan line)
	errc := make(chan error, 1)
	go func() {
		r := bufio.NewReaderSize(c.In, 4096)
		for {
			l, err := readLine(r)
			if err != nil {
				if err == io.EOF {
					err = nil
				}
				errc <- err
				return
			}
			select {
			case lines <- l:
			case <-ctx.Done():
				return
			}
		}
	}()
	c.prompt()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-errc:
			if err != nil {
				return fmt.Errorf("read input: %w", err)
			}
			return nil
		case l := <-lines:
			if l.tooLong {
				if err := c.write(tooLong(), ""); err != nil {
					return err
				}
				c.prompt()
				continue
			}
			text := strings.TrimSpace(l.text)
			if (text == "" || strings.HasPrefix(text, "#")) && !c.filling() {
				c.prompt()
				continue
			}
			if c.filling() {
				text = strings.TrimRight(l.text, " \t") // a blank line keeps a field as it is
			}
			if err := c.Ask(ctx, text); err != nil {
				return err
			}
			c.prompt()
		}
	}
}

// readLine reads one line without its line ending. A line over maxLine
// comes back as tooLong, its text dropped, having been read to its end in
// pieces. The last line needs no line ending; io.EOF means no line is left.
func readLine(r *bufio.Reader) (line, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			buf = append(buf, chunk...)
			// Room for the line ending ("\r\n") before it counts as too long.
			tooLong = len(buf) > maxLine+2
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
		case io.EOF:
			if len(buf) == 0 && !tooLong {
				return line{}, io.EOF
			}
		default:
			return line{}, err
		}
		text := strings.TrimSuffix(strings.TrimSuffix(string(buf), "\n"), "\r")
		if tooLong || len(text) > maxLine {
			return line{tooLong: true}, nil
		}
		return line{text: text}, nil
	}
}

// tooLong answers a line over maxLine.
func tooLong() bot.Reply {
	return bot.Reply{
		Kind:  bot.Usage,
		Title: "That line is too long",
		Text: fmt.Sprintf("I skipped a line of more than %d characters. Commands take a few words, "+
			"for example /status ukraine; /help lists them all.", maxLine),
	}
}

// filling reports whether a form is being filled in, when every line,
// blank ones too, is the answer to a field.
func (c *Console) filling() bool {
	c.turn.Lock()
	defer c.turn.Unlock()
	return c.st.form != nil
}

// Ask answers one command line, such as "/quote putin nato", and writes the
// reply. In the middle of a form or a confirmation, the line answers it;
// "/do N" takes the Nth choice of the last card.
func (c *Console) Ask(ctx context.Context, line string) error {
	c.turn.Lock()
	defer c.turn.Unlock()
	c.mu.Lock()
	c.n++
	id := fmt.Sprintf("console-%d", c.n)
	c.mu.Unlock()
	user := c.User
	if user == "" {
		user = "console"
	}
	req := bot.Request{
		Platform:  bot.Console,
		User:      user,
		UserName:  user,
		Channel:   "console",
		Workspace: "local",
		CanManage: true, // whoever holds the terminal owns it
		CanCurate: true, // and curates what the bot says
		ID:        id,
	}
	if took, err := c.interact(ctx, line, req); took {
		return err
	}
	req.Command, req.Text = bot.ParseCommand(line)
	return c.show(c.Handler.Handle(ctx, req))
}

// show writes a reply and, when it has buttons that act, offers them as
// the choices /do takes.
func (c *Console) show(r bot.Reply) error {
	return c.write(r, "")
}

// lastChoices returns the choices /do takes now.
func (c *Console) lastChoices() []bot.Action {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.choices
}

// Post prints a daily briefing, as the console's stand-in for posting to a
// channel.
func (c *Console) Post(_ context.Context, channel string, r bot.Reply) error {
	return c.write(r, fmt.Sprintf("--- daily post to #%s ---", channel))
}

// write prints a reply, under banner when it is set, and offers its buttons
// that act as the choices /do takes.
func (c *Console) write(r bot.Reply, banner string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if acts := doActions(r); len(acts) > 0 {
		c.choices = acts
	}
	var b strings.Builder
	if banner != "" {
		b.WriteString("\n" + banner + "\n")
	}
	if err := Render(&b, r, c.Width); err != nil {
		return err
	}
	b.WriteString("\n")
	if _, err := io.WriteString(c.Out, b.String()); err != nil {
		return fmt.Errorf("write reply: %w", err)
	}
	return nil
}

func (c *Console) prompt() {
	if c.Prompt == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	io.WriteString(c.Out, c.Prompt)
}
