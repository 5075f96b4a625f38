module github.com/digidip/digidip

go 1.24.0

require golang.org/x/text v0.30.0

require (
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/santhosh-tekuri/jsonschema/v5 v5.3.1 // indirect
)
