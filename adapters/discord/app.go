package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/bwmarrin/discordgo"
)

// ErrBadToken is matched (errors.Is) by CheckToken's error when Discord
// refuses the bot token. Start-up tells the operator in its own words,
// naming DISCORD_BOT_TOKEN.
var ErrBadToken = errors.New("bot token refused by Discord")

// ErrWrongApp is matched by CheckToken's error when the token belongs to
// another application than the one configured.
var ErrWrongApp = errors.New("the bot token belongs to another application")

// CheckToken asks Discord which application the session's bot token
// belongs to, so a wrong token or application id stops start-up with a
// clear message instead of failing on the first command.
func CheckToken(ctx context.Context, s *discordgo.Session, appID string) error {
	body, err := s.RequestWithBucketID(http.MethodGet, discordgo.EndpointOAuth2Application("@me"), nil, discordgo.EndpointOAuth2Application(""), discordgo.WithContext(ctx), discordgo.WithRestRetries(0))
	if err != nil {
		var re *discordgo.RESTError
		if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized {
			return fmt.Errorf("%w (401 Unauthorized)", ErrBadToken)
		}
		return fmt.Errorf("ask Discord about the bot token: %w", actualURL(s, err))
	}
	var app struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}
	if err := json.Unmarshal(body, &app); err != nil {
		return fmt.Errorf("ask Discord about the bot token: %w", err)
	}
	if app.ID != appID {
		return fmt.Errorf("%w: it is %q's (id %s), not %s", ErrWrongApp, app.Name, app.ID, appID)
	}
	return nil
}
