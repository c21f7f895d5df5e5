package main

import "fmt"

// groqModel serves overflow traffic.
const groqModel = "llama-3.3-70b-versatile"

func main() {
	fmt.Println("router using", groqModel, "and ollama for local runs")
}
