package ingest

import (
	"fmt"
	"os"
	"testing"
)

func TestZZPhrase(t *testing.T) {
	s := os.Getenv("ZZPHRASE")
	if s == "" {
		t.Skip()
	}
	d := newDocument([]string{s})
	p := d.paras[0]
	r := p.interpret(0, len(p.toks))
	fmt.Printf("%+v\n", *r)
}
