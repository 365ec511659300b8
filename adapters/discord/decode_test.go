package discord

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// viaDiscordgo decodes body the slow, trusted way: discordgo's own types
// with encoding/json.
func viaDiscordgo(t testing.TB, body []byte) (*Interaction, error) {
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		return nil, err
	}
	in := fromDiscordgo(&i)
	// discordgo's Interaction has no channel object.
	var ch struct {
		Channel struct {
			ID string `json:"id"`
		} `json:"channel"`
	}
	json.Unmarshal(body, &ch)
	if in.ChannelID == "" {
		in.ChannelID = ch.Channel.ID
	}
	return in, nil
}

// fromDiscordgo converts an interaction decoded into discordgo's types, as
// a bot on discordgo alone would read it.
func fromDiscordgo(i *discordgo.Interaction) *Interaction {
	in := &Interaction{
		Type:      i.Type,
		ID:        i.ID,
		AppID:     i.AppID,
		Token:     i.Token,
		GuildID:   i.GuildID,
		ChannelID: i.ChannelID,
	}
	switch {
	case i.Member != nil:
		in.InGuild = true
		in.Permissions = i.Member.Permissions
		if i.Member.User != nil {
			in.UserID = i.Member.User.ID
		}
	case i.User != nil:
		in.UserID = i.User.ID
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		d := i.ApplicationCommandData()
		in.Command = d.Name
		in.Options = flattenOptions(in.Options, d.Options, 0)
	case discordgo.InteractionMessageComponent:
		in.CustomID = i.MessageComponentData().CustomID
	}
	return in
}

func flattenOptions(out []Option, opts []*discordgo.ApplicationCommandInteractionDataOption, depth int) []Option {
	for _, o := range opts {
		if o == nil {
			continue
		}
		if len(o.Options) > 0 && depth < maxOptionDepth {
			out = flattenOptions(out, o.Options, depth+1)
			continue
		}
		out = append(out, Option{Name: o.Name, Value: optionValue(o.Value), Focused: o.Focused})
	}
	return out
}

func optionValue(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case nil:
		return ""
	}
	return ""
}

// samples are interaction bodies in the shapes Discord sends.
var samples = []string{
	// A slash command from a server, with everything Discord adds.
	`{"app_permissions":"562949953601536","application_id":"1234567890123456789","authorizing_integration_owners":{"0":"112233445566778899"},"channel":{"flags":0,"guild_id":"112233445566778899","id":"998877665544332211","name":"general","nsfw":false,"permissions":"2251799813685247","topic":null,"type":0},"channel_id":"998877665544332211","context":0,"data":{"id":"1111111111111111111","name":"quote","options":[{"name":"speaker","type":3,"value":"Putin"},{"name":"words","type":3,"value":"NATO \"expansion\" \u00e9t\u00e9 \\ back\\slash"},{"name":"public","type":5,"value":true}],"type":1},"entitlement_sku_ids":[],"entitlements":[],"guild":{"features":["NEWS"],"id":"112233445566778899","locale":"en-US"},"guild_id":"112233445566778899","guild_locale":"en-US","id":"1300000000000000001","locale":"en-GB","member":{"avatar":null,"deaf":false,"joined_at":"2022-02-01T10:00:00.000000+00:00","nick":"A {b} [c]","permissions":"2251799813685247","roles":["1"],"user":{"avatar":"abc","discriminator":"0","global_name":"Ada","id":"80351110224678912","public_flags":0,"username":"ada"}},"token":"tok.en","type":2,"version":1}`,
	// Autocomplete from a DM, the focused option partly typed.
	`{"application_id":"1","channel_id":"2","data":{"id":"3","name":"status","options":[{"focused":true,"name":"topic","type":3,"value":"ukr"}],"type":1},"id":"4","token":"t","type":4,"user":{"id":"5","username":"u"},"version":1}`,
	// A button press on a message.
	`{"application_id":"1","channel_id":"2","data":{"component_type":2,"custom_id":"run:/quote vladimir-putin"},"guild_id":"9","id":"4","member":{"permissions":"16","user":{"id":"5"}},"message":{"id":"8","content":"","embeds":[{"title":"x","fields":[{"name":"a","value":"b"}]}],"flags":64},"token":"t","type":3,"version":1}`,
	// A ping, and a command with whitespace everywhere.
	`{"id":"787053080478613555","token":"ThisIsATokenFromDiscordThatIsVeryLong","type":1,"version":1}`,
	" {\n \"id\" : \"1\" ,\t\"type\" : 2 , \"member\" : null , \"data\" : { \"name\" : \"help\" , \"options\" : [ ] } } \n",
	// A sub-command group, a number option and a null value.
	`{"id":"1","type":2,"data":{"name":"admin","options":[{"name":"sub","type":1,"options":[{"name":"n","type":4,"value":42},{"name":"x","type":10,"value":-1.5e3},{"name":"s","type":3,"value":null}]}]}}`,
	// The channel object without channel_id, and both disagreeing (channel_id wins).
	`{"id":"1","type":2,"channel":{"id":"77","name":"general","type":0},"data":{"name":"topics"}}`,
	`{"id":"1","type":2,"channel":{"id":"77"},"channel_id":"78","data":{"name":"topics"}}`,
}

func TestDecodeMatchesDiscordgo(t *testing.T) {
	t.Parallel()
	for i, s := range samples {
		var got Interaction
		if err := DecodeInteraction([]byte(s), &got); err != nil {
			t.Errorf("sample %d: %v", i, err)
			continue
		}
		want, err := viaDiscordgo(t, []byte(s))
		if err != nil {
			t.Fatalf("sample %d: encoding/json: %v", i, err)
		}
		// Numbers are written as sent, not reformatted; compare the rest.
		if i == 5 {
			if got.Options[0].Value != "42" || got.Options[1].Value != "-1.5e3" || got.Options[2].Value != "" {
				t.Errorf("sample %d: options %+v", i, got.Options)
			}
			continue
		}
		if !reflect.DeepEqual(&got, want) {
			t.Errorf("sample %d:\n got %+v\nwant %+v", i, got, *want)
		}
	}
}

func TestDecodeRefusesMalformed(t *testing.T) {
	t.Parallel()
	bad := []string{
		``, `{`, `}`, `[]`, `"x"`, `{"type":}`, `{"type":"2"}`, `{"id":1}`, `{"id":"1"`, `{"id":"1",}`,
		`{"data":{"options":[{"name":"a","value":"b"}}`, `{"member":{"permissions":"lots"}}`,
		`{"token":"unterminated}`, `{"id":"1"} trailing`, `{"a":` + strings.Repeat("[", 100000),
		`{"data":{"options":[` + strings.Repeat(`{"options":[`, 100) + `]}`,
	}
	for _, s := range bad {
		var in Interaction
		if err := DecodeInteraction([]byte(s), &in); err == nil {
			t.Errorf("%.60q decoded without error: %+v", s, in)
		}
	}
}

// FuzzDecodeInteraction: whatever the bytes, decoding returns; and for
// interactions encoding/json writes, it agrees with discordgo's decoding.
func FuzzDecodeInteraction(f *testing.F) {
	for _, s := range samples {
		f.Add([]byte(s), "status", "topic", "ukr", "run:/quote x", true)
	}
	f.Add([]byte(`{"a":[1,{"b":"\""}]}`), "", "", "", "", false)
	f.Fuzz(func(t *testing.T, raw []byte, name, opt, value, custom string, focused bool) {
		var in Interaction
		DecodeInteraction(raw, &in) // must not panic

		body, err := json.Marshal(map[string]any{
			"id": "1", "type": 2, "token": value, "application_id": "3", "guild_id": custom, "channel_id": name,
			"member": map[string]any{"permissions": "16", "user": map[string]any{"id": opt}, "nick": value},
			"data": map[string]any{"name": name, "custom_id": custom, "options": []map[string]any{
				{"name": opt, "type": 3, "value": value, "focused": focused},
				{"name": "public", "type": 5, "value": focused},
			}},
		})
		if err != nil {
			return
		}
		var got Interaction
		if err := DecodeInteraction(body, &got); err != nil {
			t.Fatalf("%s: %v", body, err)
		}
		want, err := viaDiscordgo(t, body)
		if err != nil {
			t.Skip()
		}
		// The slow path reads custom_id only from components.
		var data struct {
			Data struct {
				CustomID string `json:"custom_id"`
			} `json:"data"`
		}
		json.Unmarshal(body, &data)
		want.CustomID = data.Data.CustomID
		if !reflect.DeepEqual(&got, want) {
			t.Fatalf("%s:\n got %+v\nwant %+v", body, got, *want)
		}
	})
}
