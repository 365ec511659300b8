package slack

import (
	"bytes"
	"html/template"
	"net/http"
	"strconv"
)

// page is what the install flow shows a person in their browser. Everything in it goes through
// html/template, which escapes it; nothing in it is secret.
type page struct {
	Title     string
	Lead      string
	Workspace string // the workspace's name, on success
	Installed bool
	Again     bool   // offer to start again
	Install   string // where starting again goes
}

var pageTemplate = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; color: #1d1c1d; }
h1 { font-size: 1.5rem; }
code { background: #f4f4f4; padding: 0 .25rem; }
a.button { display: inline-block; padding: .5rem 1rem; background: #4a154b; color: #fff; border-radius: 4px; text-decoration: none; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
{{if .Installed}}<p>briefbot is now in <strong>{{.Workspace}}</strong>. In Slack:</p>
<ol>
<li>Invite it to a channel: <code>/invite @briefbot</code></li>
<li>See what it can do: <code>/briefbot help</code> and <code>/topics</code></li>
<li>Get a daily briefing there: <code>/subscribe &lt;topic&gt; at 08:00</code></li>
</ol>
<p>Workspace admins and owners, and whoever installed it, may set up daily briefings.</p>
{{else}}<p>{{.Lead}}</p>{{end}}
{{if .Again}}<p><a class="button" href="{{.Install}}">Add to Slack</a></p>{{end}}
</body>
</html>
`))

// page writes p with status, with headers that keep it out of caches, frames and Referer
// headers: the callback's URL holds the one-time code.
func (o *OAuth) page(w http.ResponseWriter, status int, p page) {
	p.Install = o.installURL
	var b bytes.Buffer
	if err := pageTemplate.Execute(&b, p); err != nil {
		o.log.Error("slack install: page", "err", err)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(b.Len()))
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}
