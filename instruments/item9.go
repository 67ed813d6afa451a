package instruments

// Item9Unknown reports whether a measurement of instrument id carries
// MADRS-S item 9 but does not know its score: a total brought in without
// its items (item9 < 0). It is shown as "fråga 9 okänd", never as 0, and
// raises no red flag either way.
func Item9Unknown(id string, item9 int) bool {
	in, ok := Get(id)
	return ok && in.Item9 > 0 && item9 < 0
}
