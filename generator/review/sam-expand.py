"""Prints the deployed form of CloudFormation templates as one JSON object, file ->
{"template": the deployed form, "sourceIds": the logical ids of the resources as written}.

A SAM template (Transform: AWS::Serverless-2016-10-31) is expanded by the SAM translator that
cfn-lint ships, with cfn-lint's own preparation (local CodeUri made an S3 URI, the managed policy
names it bundles), so the rule packs see the Lambda functions, roles and permissions AWS will
create. Other templates come out as parsed. Run by `mysfits review` (generator/review/nag.ts);
exit 3 with a JSON {"error", "messages"} when a template cannot be read or expanded.
"""

import json
import sys

from cfnlint.decode import decode
from cfnlint.template.transforms._sam import Transform

SAM = "AWS::Serverless-2016-10-31"


def fail(path, messages):
    print(json.dumps({"error": path, "messages": [str(m) for m in messages]}))
    sys.exit(3)


def main(region, paths):
    out = {}
    for path in paths:
        template, matches = decode(path)
        if matches or template is None:
            fail(path, matches or ["not a template"])
        source_ids = list(template.get("Resources", {}).keys())
        transforms = template.get("Transform", [])
        if not isinstance(transforms, list):
            transforms = [transforms]
        if SAM in transforms:
            transform = Transform(path, template, region)
            matches = transform.transform_template()
            if matches:
                fail(path, [m.message for m in matches])
            template = transform.template()
        out[path] = {"template": template, "sourceIds": source_ids}
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
