module github.com/ikbt/ikbt/third_party/lazify

go 1.26
