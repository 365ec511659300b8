package golden

import (
	"fmt"
	"strings"
	"testing"
)

func numbered(n int, change map[int]string, drop map[int]bool) []byte {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		if drop[i] {
			continue
		}
		if s, ok := change[i]; ok {
			b.WriteString(s + "\n")
			continue
		}
		fmt.Fprintf(&b, "line %d\n", i)
	}
	return []byte(b.String())
}

func TestDiff(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		want, got []byte
		diff      string
	}{
		{"equal", []byte("a\nb\n"), []byte("a\nb\n"), ""},
		{"one line changed in the middle", numbered(20, nil, nil), numbered(20, map[int]string{10: "line ten"}, nil), `--- want
+++ got
@@ -7,7 +7,7 @@
 line 7
 line 8
 line 9
-line 10
+line ten
 line 11
 line 12
 line 13
`},
		{"two changes far apart are two hunks", numbered(30, nil, nil), numbered(30, map[int]string{2: "two"}, map[int]bool{25: true}), `--- want
+++ got
@@ -1,5 +1,5 @@
 line 1
-line 2
+two
 line 3
 line 4
 line 5
@@ -22,7 +22,6 @@
 line 22
 line 23
 line 24
-line 25
 line 26
 line 27
 line 28
`},
		{"two changes close together are one hunk", numbered(12, nil, nil), numbered(12, map[int]string{3: "three", 8: "eight"}, nil), `--- want
+++ got
@@ -1,11 +1,11 @@
 line 1
 line 2
-line 3
+three
 line 4
 line 5
 line 6
 line 7
-line 8
+eight
 line 9
 line 10
 line 11
`},
		// The next two are what GNU diff -u prints for the same inputs.
		{"lines moved, added and removed", numbered(40, nil, nil), numbered(40, map[int]string{1: "first", 17: "seventeen", 40: "last"}, map[int]bool{9: true, 30: true, 31: true}), `--- want
+++ got
@@ -1,4 +1,4 @@
-line 1
+first
 line 2
 line 3
 line 4
@@ -6,7 +6,6 @@
 line 6
 line 7
 line 8
-line 9
 line 10
 line 11
 line 12
@@ -14,7 +13,7 @@
 line 14
 line 15
 line 16
-line 17
+seventeen
 line 18
 line 19
 line 20
@@ -27,8 +26,6 @@
 line 27
 line 28
 line 29
-line 30
-line 31
 line 32
 line 33
 line 34
@@ -37,4 +34,4 @@
 line 37
 line 38
 line 39
-line 40
+last
`},
		{"a block rewritten", []byte("{\n  \"a\": 1,\n  \"b\": [\n    1,\n    2\n  ]\n}\n"), []byte("{\n  \"a\": 2,\n  \"b\": [\n    2,\n    3\n  ],\n  \"c\": true\n}\n"), `--- want
+++ got
@@ -1,7 +1,8 @@
 {
-  "a": 1,
+  "a": 2,
   "b": [
-    1,
-    2
-  ]
+    2,
+    3
+  ],
+  "c": true
 }
`},
		{"from nothing", nil, []byte("a\n"), `--- want
+++ got
@@ -0,0 +1 @@
+a
`},
		{"newline at the end", []byte("a\nb"), []byte("a\nb\n"), `--- want
+++ got
(the files differ in whether they end with a newline)
`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := Diff("want", "got", tc.want, tc.got); got != tc.diff {
				t.Errorf("Diff:\n%s\nwant:\n%s", got, tc.diff)
			}
		})
	}
}
