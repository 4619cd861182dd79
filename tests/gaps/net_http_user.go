// A program importing net/http: its own -m lines are go1.19's (net/http
// and its imports, generic instances included, analysed from source),
// although minigo cannot build net/http yet.
package main

import (
	"fmt"
	"net/http"
	"strings"
)

type handler struct{ greeting string }

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/")
	fmt.Fprintf(w, "%s, %s\n", h.greeting, name)
}

func main() {
	h := &handler{greeting: "hello"}
	mux := http.NewServeMux()
	mux.Handle("/", h)
	fmt.Println(http.StatusText(http.StatusOK), h.greeting)
}
