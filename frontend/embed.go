// Package frontend embeds the built single-page app (frontend/dist), so that bin/koop serves
// it from any folder. The Makefile builds the SPA before any Go step.
package frontend

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Dist returns the built SPA.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // cannot happen: the folder is embedded
	}
	return sub
}
