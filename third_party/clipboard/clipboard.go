// Copyright 2013 @atotto. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package clipboard read/write on clipboard
package clipboard

// ReadAll read string from clipboard
func ReadAll() (string, error) {
	return readAll()
}

// WriteAll write string to clipboard
func WriteAll(text string) error {
	return writeAll(text)
}

// Unsupported might be set true during clipboard init, to help callers decide
// whether or not to offer clipboard options.
var Unsupported bool

// detect sets Unsupported; on Unix it searches the PATH once, on first use.
var detect = func() {}

// IsUnsupported reports Unsupported after looking for a clipboard command
// (a patched copy for ikbt, issue 18: upstream looked in init, so that
// every program linking the package searched the PATH before main).
func IsUnsupported() bool {
	detect()
	return Unsupported
}
