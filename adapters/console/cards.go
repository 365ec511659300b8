package console

import (
	"context"
	"fmt"
	"strconv"

	"github.com/briefbot/briefbot/bot"
)

var _ bot.CardPoster = (*Console)(nil)

// PostCard prints a review card a feed posts for the channel, under a
// banner naming it, and offers its buttons as the choices /do takes, as a
// card /draft shows does. Its ref is the card's number in this session
// ("1", "2", …), which the banner shows too.
func (c *Console) PostCard(_ context.Context, ch bot.ChannelKey, r bot.Reply) (string, error) {
	c.mu.Lock()
	c.cards++
	ref := strconv.Itoa(c.cards)
	c.mu.Unlock()
	return ref, c.write(r, fmt.Sprintf("--- review card %s in #%s ---", ref, ch.Channel))
}

// UpdateCard prints the card ref again as it now stands, marked updated;
// its buttons become the choices /do takes. A ref this session never gave
// is bot.ErrUndeliverable, as a deleted message is on a chat platform.
func (c *Console) UpdateCard(_ context.Context, ch bot.ChannelKey, ref string, r bot.Reply) error {
	c.mu.Lock()
	n, err := strconv.Atoi(ref)
	known := err == nil && n >= 1 && n <= c.cards
	c.mu.Unlock()
	if !known {
		return fmt.Errorf("update review card %q in #%s: %w: the console posted no such card", ref, ch.Channel, bot.ErrUndeliverable)
	}
	return c.write(r, fmt.Sprintf("--- review card %s in #%s, updated ---", ref, ch.Channel))
}
