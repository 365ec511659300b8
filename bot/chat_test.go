package bot_test

import (
	"testing"
)

func TestExploreCard(t *testing.T) {
	c := newChat(t)
	r := c.draft(ana, "01-grain-corridor.txt")
	e := c.act(ana, do(r, "Publish"))
	if e.Card != nil {
		t.Logf("card: %s\n%v", text(*e.Card), dos(*e.Card))
	}
	if e.Notice != nil {
		t.Logf("notice: %s", text(*e.Notice))
	}
	vs := c.published("2025-03-14-grain-corridor-talks-stall-as-valdor-and-kesh")
	for _, v := range vs {
		t.Logf("%s", v.Text)
	}
	t.Logf("%s", text(c.ask(eve, "/quote osei")))
	e = c.act(ana, do(r, "Publish"))
	t.Logf("%+v %s", e.Card != nil, text(*e.Notice))
}
