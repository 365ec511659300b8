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
}

// New returns a console reading in and writing out.
func New(in io.Reader, out io.Writer, h Handler) *Console {
	return &Console{In: in, Out: out, Handler: h}
}

// maxLine bounds one input line; longer lines are answered with a usage
// message rather than read into memory whole.
const maxLine = 64 * 1024

// Run answers each line until the input ends (nil) or ctx is done
// (ctx.Err()). Empty lines and lines starting with # are skipped, so a
// script of commands may carry comments.
func (c *Console) Run(ctx context.Context) error {
	lines := make(chan string)
	errc := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(c.In)
		sc.Buffer(make([]byte, 4096), maxLine)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		errc <- sc.Err()
	}()
	c.prompt()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-errc:
			if err == bufio.ErrTooLong {
				err = fmt.Errorf("read input: a line is longer than %d bytes", maxLine)
			}
			return err
		case line := <-lines:
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				c.prompt()
				continue
			}
			if err := c.Ask(ctx, line); err != nil {
				return err
			}
			c.prompt()
		}
	}
}

// Ask answers one command line, such as "/quote putin nato", and writes the
// reply.
func (c *Console) Ask(ctx context.Context, line string) error {
	cmd, text := bot.ParseCommand(line)
	c.mu.Lock()
	c.n++
	id := fmt.Sprintf("console-%d", c.n)
	c.mu.Unlock()
	user := c.User
	if user == "" {
		user = "console"
	}
	r := c.Handler.Handle(ctx, bot.Request{
		Platform:  bot.Console,
		Command:   cmd,
		Text:      text,
		User:      user,
		Channel:   "console",
		Workspace: "local",
		CanManage: true, // whoever holds the terminal owns it
		ID:        id,
	})
	return c.write(r, "")
}

// Post prints a daily briefing, as the console's stand-in for posting to a
// channel.
func (c *Console) Post(_ context.Context, channel string, r bot.Reply) error {
	return c.write(r, fmt.Sprintf("--- daily post to #%s ---", channel))
}

func (c *Console) write(r bot.Reply, banner string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
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
