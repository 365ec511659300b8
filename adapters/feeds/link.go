package feeds

import (
	"net/url"
	"slices"
	"strings"
)

// NormalLink is u written so that the addresses of one article differ as
// little as their spellings allow: scheme and host in lower case, no
// default port, no user, no fragment, an empty path as "/", the query
// without tracking parameters (utm_* and the click ids below) and sorted.
// It identifies an item that has no GUID, so the same item under a new
// campaign tag is not new. The path keeps its case and trailing slash:
// sites differ on whether those matter.
func NormalLink(u *url.URL) string {
	n := *u
	n.Scheme = strings.ToLower(n.Scheme)
	n.User = nil
	n.Fragment, n.RawFragment = "", ""
	host := strings.ToLower(n.Hostname())
	port := n.Port()
	if port == "" || port == "80" && n.Scheme == "http" || port == "443" && n.Scheme == "https" {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	n.Host = host
	if n.Path == "" && n.Opaque == "" {
		n.Path, n.RawPath = "/", ""
	}
	n.ForceQuery = false
	if n.RawQuery != "" {
		q := n.Query()
		for k := range q {
			if tracking(k) {
				delete(q, k)
			}
		}
		for _, vs := range q {
			slices.Sort(vs)
		}
		n.RawQuery = q.Encode() // Encode sorts by key
	}
	return n.String()
}

// trackers are query parameters that say where a reader came from, not
// which page they want.
var trackers = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "igshid": true, "mc_cid": true,
	"mc_eid": true, "_ga": true, "_gl": true, "_hsenc": true, "_hsmi": true,
	"mkt_tok": true, "oly_anon_id": true, "oly_enc_id": true, "vero_id": true,
	"rb_clickid": true, "s_cid": true, "cmpid": true, "ocid": true, "smid": true,
}

func tracking(k string) bool {
	k = strings.ToLower(k)
	return strings.HasPrefix(k, "utm_") || trackers[k]
}
