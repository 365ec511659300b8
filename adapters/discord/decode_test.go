package discord

import (
	"cmp"
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
			in.UserName = cmp.Or(i.Member.Nick, i.Member.User.GlobalName, i.Member.User.Username)
		} else {
			in.UserName = i.Member.Nick
		}
		if len(i.Member.Roles) > 0 {
			in.Roles = i.Member.Roles
		}
	case i.User != nil:
		in.UserID = i.User.ID
		in.UserName = cmp.Or(i.User.GlobalName, i.User.Username)
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		d := i.ApplicationCommandData()
		in.Command = d.Name
		in.CommandType = d.CommandType
		in.Options = flattenOptions(in.Options, d.Options, 0)
		if d.Resolved != nil && d.TargetID != "" {
			if m := d.Resolved.Messages[d.TargetID]; m != nil {
				t := &TargetMessage{ID: d.TargetID, Content: m.Content}
				for _, e := range m.Embeds {
					if e != nil && e.URL != "" {
						t.EmbedURLs = append(t.EmbedURLs, e.URL)
					}
				}
				in.Target = t
			}
		}
	case discordgo.InteractionMessageComponent:
		in.CustomID = i.MessageComponentData().CustomID
	case discordgo.InteractionModalSubmit:
		d := i.ModalSubmitData()
		in.CustomID = d.CustomID
		for _, c := range d.Components {
			if row, ok := c.(*discordgo.ActionsRow); ok {
				for _, c := range row.Components {
					if ti, ok := c.(*discordgo.TextInput); ok && ti.CustomID != "" {
						in.Values = append(in.Values, Option{Name: ti.CustomID, Value: ti.Value})
					}
				}
			}
		}
	}
	if i.Message != nil {
		in.MessageID = i.Message.ID
		for _, c := range i.Message.Components {
			row, ok := c.(*discordgo.ActionsRow)
			if !ok {
				continue
			}
			var buttons []Button
			for _, c := range row.Components {
				if b, ok := c.(*discordgo.Button); ok {
					buttons = append(buttons, Button{Type: discordgo.ButtonComponent, Style: b.Style, Label: b.Label, CustomID: b.CustomID, Disabled: b.Disabled})
				}
			}
			if len(buttons) > 0 {
				in.Buttons = append(in.Buttons, buttons)
			}
		}
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
	// A message's context-menu command, as application-commands.mdx shows it, the
	// target after its resolved message, a link preview embed and roles.
	`{"application_id":"775799577604522054","channel_id":"772908445358620702","data":{"id":"866818195033292851","name":"Draft a briefing","resolved":{"messages":{"867793854505943041":{"attachments":[],"author":{"avatar":"a_f0","discriminator":"6538","id":"167348773423415296","public_flags":1,"username":"ian"},"channel_id":"772908445358620702","components":[],"content":"worth a briefing: https://example.org/a?b=1 \u003c3","edited_timestamp":null,"embeds":[{"type":"article","url":"https://example.org/a?b=1","title":"A","description":"b"},{"type":"rich","title":"no url"}],"flags":0,"id":"867793854505943041","mention_everyone":false,"mention_roles":[],"mentions":[],"pinned":false,"timestamp":"2021-07-22T15:42:57.744000+00:00","tts":false,"type":0}},"users":{"167348773423415296":{"id":"167348773423415296","username":"ian"}}},"target_id":"867793854505943041","type":3},"guild_id":"772904309264089089","guild_locale":"en-US","app_permissions":"442368","id":"867793873336926249","locale":"en-US","member":{"avatar":null,"deaf":false,"is_pending":false,"joined_at":"2020-11-02T20:46:57.364000+00:00","mute":false,"nick":null,"pending":false,"permissions":"274877906943","premium_since":null,"roles":["785609923542777878","785609923542777879"],"user":{"avatar":"a_f0","discriminator":"6538","id":"167348773423415296","public_flags":1,"username":"ian"}},"token":"UNIQUE_TOKEN","type":2,"version":1}`,
	// A click on a review card's button: the message with its rows of buttons.
	`{"application_id":"1","channel_id":"2","data":{"component_type":2,"custom_id":"publish:d1:3"},"guild_id":"9","id":"4","member":{"permissions":"8192","roles":[],"user":{"id":"5"}},"message":{"id":"8","content":"","embeds":[{"title":"Draft"}],"components":[{"type":1,"id":1,"components":[{"type":2,"id":2,"style":1,"label":"Publish","custom_id":"publish:d1:3"},{"type":2,"id":3,"style":2,"label":"Edit","custom_id":"edit:d1:3","disabled":true},{"type":2,"id":4,"style":5,"label":"Source","url":"https://example.org/"}]},{"type":1,"components":[{"type":2,"style":4,"label":"Discard","custom_id":"discard:d1:3"}]}],"flags":64},"token":"t","type":3,"version":1}`,
	// A modal submitted in the older shape: action rows of text inputs.
	`{"application_id":"1","channel_id":"2","data":{"custom_id":"edit:d1:3","components":[{"type":1,"components":[{"type":4,"custom_id":"title","value":"A new \"title\""}]},{"type":1,"components":[{"type":4,"custom_id":"summary","value":""}]}]},"guild_id":"9","id":"4","member":{"permissions":"8192","user":{"id":"5"}},"message":{"id":"8","components":[{"type":1,"components":[{"type":2,"style":1,"label":"Publish","custom_id":"publish:d1:3"}]}]},"token":"t","type":5,"version":1}`,
	// /follow with a feed's address (a query string, escaped slashes) and topics, and /unfollow
	// by number, from a curator in a server.
	`{"application_id":"1","channel_id":"2","data":{"id":"3","name":"follow","options":[{"name":"url","type":3,"value":"https:\/\/news.example\/world\/rss.xml?a=1\u0026b=2"},{"name":"topics","type":3,"value":"ukraine  nato"}],"type":1},"guild_id":"9","id":"4","member":{"permissions":"8192","roles":[],"user":{"id":"5","username":"ana"}},"token":"t","type":2,"version":1}`,
	`{"application_id":"1","channel_id":"2","data":{"id":"3","name":"unfollow","options":[{"name":"feed","type":3,"value":"2"}],"type":1},"guild_id":"9","id":"4","member":{"permissions":"8192","roles":[],"user":{"id":"5","username":"ana"}},"token":"t","type":2,"version":1}`,
}

// labelSamples are modal submits in the shape Discord documents now: text
// inputs inside Labels (type 18), with a Text Display (10) among them.
// discordgo v0.29 cannot decode these ("unknown component type"), so they
// are checked against encoding/json into the documented structure.
var labelSamples = []string{
	`{"application_id":"1","channel_id":"2","data":{"custom_id":"edit:d1:3","components":[{"type":10,"id":1},{"type":18,"id":2,"component":{"type":4,"id":3,"custom_id":"title","value":"A new title"}},{"type":18,"id":4,"component":{"type":4,"id":5,"custom_id":"points","value":"one\ntwo"}}]},"guild_id":"9","id":"4","member":{"permissions":"8","roles":["7"],"user":{"id":"5"}},"message":{"id":"8","components":[{"type":1,"components":[{"type":2,"style":1,"label":"Publish","custom_id":"publish:d1:3"}]}]},"token":"t","type":5,"version":1}`,
	`{"type":5,"id":"4","token":"t","data":{"components":[{"type":18,"component":{"type":4,"custom_id":"reason","value":"wrong"}}],"custom_id":"retract:b"},"user":{"id":"5"}}`,
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

// TestDecodeCurationShapes checks the fields added for curation against
// encoding/json on every sample, the Label-shaped modal submits included.
func TestDecodeCurationShapes(t *testing.T) {
	t.Parallel()
	for i, s := range append(append([]string(nil), samples...), labelSamples...) {
		var got Interaction
		if err := DecodeInteraction([]byte(s), &got); err != nil {
			t.Errorf("sample %d: %v", i, err)
			continue
		}
		want := viaJSON(t, []byte(s))
		if !reflect.DeepEqual(curation(&got), curation(want)) {
			t.Errorf("sample %d:\n got %+v\nwant %+v", i, curation(&got), curation(want))
		}
	}
	// What each shape is for, spelled out.
	var menu, click, legacy, label Interaction
	for _, c := range []struct {
		s  string
		in *Interaction
	}{{samples[8], &menu}, {samples[9], &click}, {samples[10], &legacy}, {labelSamples[0], &label}} {
		if err := DecodeInteraction([]byte(c.s), c.in); err != nil {
			t.Fatal(err)
		}
	}
	if menu.CommandType != discordgo.MessageApplicationCommand || menu.Target == nil ||
		menu.Target.Content != "worth a briefing: https://example.org/a?b=1 <3" ||
		!reflect.DeepEqual(menu.Target.EmbedURLs, []string{"https://example.org/a?b=1"}) ||
		!reflect.DeepEqual(menu.Roles, []string{"785609923542777878", "785609923542777879"}) {
		t.Errorf("context-menu command: %+v target %+v", menu, menu.Target)
	}
	if len(click.Buttons) != 2 || len(click.Buttons[0]) != 3 || click.Buttons[0][1].CustomID != "edit:d1:3" || !click.Buttons[0][1].Disabled ||
		click.Buttons[1][0].Style != discordgo.DangerButton || click.Buttons[0][2].Style != discordgo.LinkButton {
		t.Errorf("click: buttons %+v", click.Buttons)
	}
	wantValues := []Option{{Name: "title", Value: `A new "title"`}, {Name: "summary", Value: ""}}
	if legacy.CustomID != "edit:d1:3" || !reflect.DeepEqual(legacy.Values, wantValues) {
		t.Errorf("modal submit in rows: %q %+v", legacy.CustomID, legacy.Values)
	}
	wantValues = []Option{{Name: "title", Value: "A new title"}, {Name: "points", Value: "one\ntwo"}}
	if label.CustomID != "edit:d1:3" || !reflect.DeepEqual(label.Values, wantValues) || label.Type != discordgo.InteractionModalSubmit {
		t.Errorf("modal submit in labels: %q %+v", label.CustomID, label.Values)
	}
}

// TestDecodeFeedCommands: /follow's and /unfollow's options arrive as typed,
// the address unescaped.
func TestDecodeFeedCommands(t *testing.T) {
	t.Parallel()
	var follow, unfollow Interaction
	if err := DecodeInteraction([]byte(samples[11]), &follow); err != nil {
		t.Fatal(err)
	}
	if err := DecodeInteraction([]byte(samples[12]), &unfollow); err != nil {
		t.Fatal(err)
	}
	want := []Option{{Name: "url", Value: "https://news.example/world/rss.xml?a=1&b=2"}, {Name: "topics", Value: "ukraine  nato"}}
	if follow.Command != "follow" || !reflect.DeepEqual(follow.Options, want) || !follow.InGuild {
		t.Errorf("/follow: %q %+v", follow.Command, follow.Options)
	}
	if unfollow.Command != "unfollow" || !reflect.DeepEqual(unfollow.Options, []Option{{Name: "feed", Value: "2"}}) {
		t.Errorf("/unfollow: %q %+v", unfollow.Command, unfollow.Options)
	}
}

// curation is the part of an interaction the curation shapes fill in.
func curation(in *Interaction) Interaction {
	return Interaction{Roles: in.Roles, CommandType: in.CommandType, Target: in.Target, CustomID: in.CustomID, Values: in.Values, MessageID: in.MessageID, Buttons: in.Buttons}
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
// interactions encoding/json writes, it agrees with discordgo's decoding,
// and, for the shapes discordgo cannot read (a modal submitted in Labels),
// with encoding/json into the documented structure.
func FuzzDecodeInteraction(f *testing.F) {
	for _, s := range append(append([]string(nil), samples...), labelSamples...) {
		f.Add([]byte(s), "status", "topic", "ukr", "run:/quote x", true)
	}
	f.Add([]byte(`{"a":[1,{"b":"\""}]}`), "", "", "", "", false)
	f.Fuzz(func(t *testing.T, raw []byte, name, opt, value, custom string, focused bool) {
		var in Interaction
		DecodeInteraction(raw, &in) // must not panic

		body, err := json.Marshal(map[string]any{
			"id": "1", "type": 2, "token": value, "application_id": "3", "guild_id": custom, "channel_id": name,
			"member": map[string]any{"permissions": "16", "user": map[string]any{"id": opt}, "nick": value, "roles": []string{name, custom}},
			"data": map[string]any{"name": name, "custom_id": custom, "type": 3, "target_id": opt, "options": []map[string]any{
				{"name": opt, "type": 3, "value": value, "focused": focused},
				{"name": "public", "type": 5, "value": focused},
			}, "resolved": map[string]any{"messages": map[string]any{
				opt: map[string]any{"id": opt, "content": value, "embeds": []map[string]any{{"url": custom}, {"title": name}}},
			}}},
			"message": map[string]any{"id": "8", "components": []map[string]any{
				{"type": 1, "components": []map[string]any{{"type": 2, "style": 1, "label": value, "custom_id": custom, "disabled": focused}}},
			}},
		})
		if err != nil {
			return
		}
		var got Interaction
		if err := DecodeInteraction(body, &got); err != nil {
			t.Fatalf("%s: %v", body, err)
		}
		if want := viaJSON(t, body); !reflect.DeepEqual(curation(&got), curationOf(want, got.Options)) {
			t.Fatalf("%s:\n got %+v\nwant %+v", body, curation(&got), curation(want))
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

		// A modal submitted in Labels, which discordgo cannot read.
		body, err = json.Marshal(map[string]any{
			"id": "1", "type": 5, "token": "t", "user": map[string]any{"id": opt},
			"data": map[string]any{"custom_id": custom, "components": []map[string]any{
				{"type": 10, "id": 1},
				{"type": 18, "id": 2, "component": map[string]any{"type": 4, "id": 3, "custom_id": name, "value": value}},
				{"type": 1, "components": []map[string]any{{"type": 4, "custom_id": opt, "value": custom}}},
			}},
		})
		if err != nil {
			return
		}
		got = Interaction{}
		if err := DecodeInteraction(body, &got); err != nil {
			t.Fatalf("%s: %v", body, err)
		}
		if want := viaJSON(t, body); !reflect.DeepEqual(curation(&got), curation(want)) {
			t.Fatalf("%s:\n got %+v\nwant %+v", body, curation(&got), curation(want))
		}
	})
}

// curationOf is curation(in) for a reference that reads no options.
func curationOf(in *Interaction, _ []Option) Interaction { return curation(in) }

// refComponent is a component of a modal submit, as documented: a Label
// holds one component, an action row several.
type refComponent struct {
	Type       int            `json:"type"`
	CustomID   string         `json:"custom_id"`
	Value      *string        `json:"value"`
	Component  *refComponent  `json:"component"`
	Components []refComponent `json:"components"`
}

// refMessage is a context-menu command's resolved message.
type refMessage struct {
	Content string `json:"content"`
	Embeds  []struct {
		URL string `json:"url"`
	} `json:"embeds"`
}

// viaJSON decodes the fields added for curation (roles, a context-menu
// command's target, a modal's values, the clicked message's buttons) with
// encoding/json into the structures Discord documents, for the shapes
// discordgo v0.29 cannot read.
func viaJSON(t testing.TB, body []byte) *Interaction {
	t.Helper()
	var raw struct {
		Member *struct {
			Roles []string `json:"roles"`
		} `json:"member"`
		Data *struct {
			CustomID   string         `json:"custom_id"`
			Type       int            `json:"type"`
			TargetID   string         `json:"target_id"`
			Components []refComponent `json:"components"`
			Resolved   *struct {
				Messages map[string]refMessage `json:"messages"`
			} `json:"resolved"`
		} `json:"data"`
		Message *struct {
			ID         string `json:"id"`
			Components []struct {
				Components []Button `json:"components"`
			} `json:"components"`
		} `json:"message"`
	}
	if err := json.Unmarshal(body, &raw); err != nil {
		t.Fatalf("encoding/json: %v", err)
	}
	in := &Interaction{}
	if raw.Member != nil && len(raw.Member.Roles) > 0 {
		in.Roles = raw.Member.Roles
	}
	if d := raw.Data; d != nil {
		in.CustomID = d.CustomID
		in.CommandType = discordgo.ApplicationCommandType(d.Type)
		var messages map[string]refMessage
		if d.Resolved != nil {
			messages = d.Resolved.Messages
		}
		if m, ok := messages[d.TargetID]; ok && d.TargetID != "" {
			tm := &TargetMessage{ID: d.TargetID, Content: m.Content}
			for _, e := range m.Embeds {
				if e.URL != "" {
					tm.EmbedURLs = append(tm.EmbedURLs, e.URL)
				}
			}
			in.Target = tm
		}
		var walk func(cs []refComponent)
		walk = func(cs []refComponent) {
			for _, c := range cs {
				if c.CustomID != "" && c.Value != nil {
					in.Values = append(in.Values, Option{Name: c.CustomID, Value: *c.Value})
				}
				if c.Component != nil {
					walk([]refComponent{*c.Component})
				}
				walk(c.Components)
			}
		}
		walk(d.Components)
	}
	if raw.Message != nil {
		in.MessageID = raw.Message.ID
		for _, row := range raw.Message.Components {
			var buttons []Button
			for _, b := range row.Components {
				if b.Type == discordgo.ButtonComponent {
					buttons = append(buttons, b)
				}
			}
			if len(buttons) > 0 {
				in.Buttons = append(in.Buttons, buttons)
			}
		}
	}
	return in
}
