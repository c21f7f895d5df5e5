resource "aws_bedrockagent_agent" "helpdesk" {
  agent_name       = "helpdesk"
  foundation_model = "meta.llama3-1-70b-instruct-v1:0"
}
