// What each unit's identities may do, as data: the plan identity reads (and reads and locks
// its own state), the apply identity changes what its layer manages and nothing else. Pure;
// the bootstrap templates print it (aws_iam_policy_document, project IAM members, RAM
// policies). Compositions declare what their modules manage (`spec.permissions`): nobody can
// know that of a module from outside.
import type { IdentityUse, StateBackend } from "../model/identity.ts";
import type { Composition, Provider } from "../model/schema.ts";

export interface AwsCondition {
  test: string;
  variable: string;
  values: string[];
}

export interface AwsStatement {
  sid: string;
  actions: string[];
  resources: string[];
  conditions: AwsCondition[];
}

export interface UnitScope {
  layer: string;
  region: string;
  location: string;
  account: string;
  backend: StateBackend;
  /** Object key (s3), prefix (gcs, oss) of this unit's state. */
  stateKey: string;
  statePrefix: string;
  compositions: Composition[];
}

const inRegion = (location: string): AwsCondition => ({
  test: "StringEquals",
  variable: "aws:RequestedRegion",
  values: [location],
});

/** The AWS managed policies a k8s-base node or cluster role may carry, and no other. */
export const EKS_MANAGED_POLICIES = [
  "AmazonEKSClusterPolicy",
  "AmazonEKSVPCResourceController",
  "AmazonEKSWorkerNodePolicy",
  "AmazonEKS_CNI_Policy",
  "AmazonEC2ContainerRegistryReadOnly",
  "AmazonSSMManagedInstanceCore",
].map((p) => `arn:aws:iam::aws:policy/${p}`);

function serviceReads(actions: string[]): string[] {
  const services = [...new Set(actions.map((a) => a.split(":")[0]!))].sort();
  return services.flatMap((s) => [`${s}:Describe*`, `${s}:Get*`, `${s}:List*`]);
}

export function awsStatements(u: UnitScope, use: IdentityUse): AwsStatement[] {
  const out: AwsStatement[] = [
    { sid: "WhoAmI", actions: ["sts:GetCallerIdentity"], resources: ["*"], conditions: [] },
  ];
  if (u.backend.type === "s3" && u.backend.bucket) {
    const bucket = `arn:aws:s3:::${u.backend.bucket}`;
    out.push(
      { sid: "StateList", actions: ["s3:ListBucket"], resources: [bucket], conditions: [] },
      {
        sid: "StateRead",
        actions: use === "apply" ? ["s3:GetObject", "s3:PutObject"] : ["s3:GetObject"],
        resources: [`${bucket}/${u.stateKey}`],
        conditions: [],
      },
      {
        // use_lockfile: the lock is an object beside the state, so plans can lock too.
        sid: "StateLock",
        actions: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
        resources: [`${bucket}/${u.stateKey}.tflock`],
        conditions: [],
      },
    );
  }
  const declared = [
    ...new Set(u.compositions.flatMap((c) => c.spec.permissions?.aws ?? [])),
  ].sort();
  const roles = `arn:aws:iam::${u.account}:role/cloudneutral-${u.region}-*`;
  const profiles = `arn:aws:iam::${u.account}:instance-profile/cloudneutral-${u.region}-*`;
  const region = [inRegion(u.location)];
  if (u.layer === "foundation" || u.layer === "k8s-base")
    out.push({ sid: "Read", actions: ["ec2:Describe*"], resources: ["*"], conditions: region });
  if (u.layer === "k8s-base") {
    out.push(
      {
        sid: "ReadCluster",
        actions: ["eks:Describe*", "eks:List*", "ssm:GetParameter", "ssm:GetParameters"],
        resources: ["*"],
        conditions: region,
      },
      {
        // IAM is global: no region condition, the names scope it.
        sid: "ReadNodeRoles",
        actions: [
          "iam:GetRole",
          "iam:GetRolePolicy",
          "iam:GetInstanceProfile",
          "iam:ListAttachedRolePolicies",
          "iam:ListRolePolicies",
          "iam:ListInstanceProfilesForRole",
        ],
        resources: [roles, profiles],
        conditions: [],
      },
    );
  }
  if (declared.length > 0)
    out.push({
      sid: "ReadModules",
      actions: serviceReads(declared),
      resources: ["*"],
      conditions: [],
    });
  if (use === "plan") return out;

  if (u.layer === "foundation")
    out.push({
      sid: "Network",
      actions: [
        "ec2:AssociateRouteTable",
        "ec2:AttachInternetGateway",
        "ec2:CreateInternetGateway",
        "ec2:CreateRoute",
        "ec2:CreateRouteTable",
        "ec2:CreateSubnet",
        "ec2:CreateTags",
        "ec2:CreateVpc",
        "ec2:DeleteInternetGateway",
        "ec2:DeleteRoute",
        "ec2:DeleteRouteTable",
        "ec2:DeleteSubnet",
        "ec2:DeleteTags",
        "ec2:DeleteVpc",
        "ec2:DetachInternetGateway",
        "ec2:DisassociateRouteTable",
        "ec2:ModifySubnetAttribute",
        "ec2:ModifyVpcAttribute",
        "ec2:ReplaceRoute",
      ],
      resources: ["*"],
      conditions: region,
    });
  if (u.layer === "k8s-base") {
    const cluster = `arn:aws:eks:${u.location}:${u.account}`;
    out.push(
      {
        sid: "Cluster",
        actions: [
          "eks:AssociateAccessPolicy",
          "eks:CreateAccessEntry",
          "eks:CreateAddon",
          "eks:CreateCluster",
          "eks:CreateNodegroup",
          "eks:DeleteAccessEntry",
          "eks:DeleteAddon",
          "eks:DeleteCluster",
          "eks:DeleteNodegroup",
          "eks:DisassociateAccessPolicy",
          "eks:TagResource",
          "eks:UntagResource",
          "eks:UpdateAccessEntry",
          "eks:UpdateAddon",
          "eks:UpdateClusterConfig",
          "eks:UpdateClusterVersion",
          "eks:UpdateNodegroupConfig",
          "eks:UpdateNodegroupVersion",
        ],
        resources: [
          `${cluster}:cluster/cloudneutral-${u.region}*`,
          `${cluster}:nodegroup/cloudneutral-${u.region}*/*`,
          `${cluster}:addon/cloudneutral-${u.region}*/*`,
          `${cluster}:access-entry/cloudneutral-${u.region}*/*`,
        ],
        conditions: [],
      },
      {
        sid: "Machines",
        actions: [
          "ec2:AuthorizeSecurityGroupEgress",
          "ec2:AuthorizeSecurityGroupIngress",
          "ec2:CreateLaunchTemplate",
          "ec2:CreateLaunchTemplateVersion",
          "ec2:CreateSecurityGroup",
          "ec2:CreateTags",
          "ec2:DeleteLaunchTemplate",
          "ec2:DeleteLaunchTemplateVersions",
          "ec2:DeleteSecurityGroup",
          "ec2:DeleteTags",
          "ec2:ModifyInstanceAttribute",
          "ec2:ModifyLaunchTemplate",
          "ec2:ModifySecurityGroupRules",
          "ec2:RevokeSecurityGroupEgress",
          "ec2:RevokeSecurityGroupIngress",
          "ec2:RunInstances",
          "ec2:StartInstances",
          "ec2:StopInstances",
          "ec2:TerminateInstances",
        ],
        resources: ["*"],
        conditions: region,
      },
      {
        sid: "NodeRoles",
        actions: [
          "iam:AddRoleToInstanceProfile",
          "iam:CreateInstanceProfile",
          "iam:CreateRole",
          "iam:DeleteInstanceProfile",
          "iam:DeleteRole",
          // k8s-base gives the node role an inline policy (reading its k3s join token).
          "iam:DeleteRolePolicy",
          "iam:PutRolePolicy",
          "iam:RemoveRoleFromInstanceProfile",
          "iam:TagInstanceProfile",
          "iam:TagRole",
          "iam:UntagRole",
          "iam:UpdateAssumeRolePolicy",
        ],
        resources: [roles, profiles],
        conditions: [],
      },
      {
        // Only AWS's EKS policies: a node role can never be given more than a node needs.
        sid: "NodeRolePolicies",
        actions: ["iam:AttachRolePolicy", "iam:DetachRolePolicy"],
        resources: [roles],
        conditions: [
          { test: "ArnEquals", variable: "iam:PolicyARN", values: EKS_MANAGED_POLICIES },
        ],
      },
      {
        sid: "PassNodeRoles",
        actions: ["iam:PassRole"],
        resources: [roles],
        conditions: [
          {
            test: "StringEquals",
            variable: "iam:PassedToService",
            values: ["ec2.amazonaws.com", "eks.amazonaws.com"],
          },
        ],
      },
      {
        sid: "EksServiceLinkedRoles",
        actions: ["iam:CreateServiceLinkedRole"],
        resources: ["*"],
        conditions: [
          {
            test: "StringEquals",
            variable: "iam:AWSServiceName",
            values: ["eks.amazonaws.com", "eks-nodegroup.amazonaws.com"],
          },
        ],
      },
    );
  }
  if (declared.length > 0)
    out.push({ sid: "Modules", actions: declared, resources: ["*"], conditions: [] });
  return out;
}

/** Project roles (GCP). State access is granted on the bucket separately (gcsStateGrants). */
export function gcpRoles(u: UnitScope, use: IdentityUse): string[] {
  const declared = u.compositions.flatMap((c) => c.spec.permissions?.gcp ?? []);
  const roles: string[] = [];
  if (use === "plan") {
    if (u.layer === "foundation") roles.push("roles/compute.networkViewer");
    if (u.layer === "k8s-base")
      roles.push(
        "roles/compute.viewer",
        "roles/container.viewer",
        "roles/iam.serviceAccountViewer",
      );
    // A module's resources are not known from outside: its plan reads with the basic viewer.
    if (declared.length > 0) roles.push("roles/viewer");
  } else {
    if (u.layer === "foundation") roles.push("roles/compute.networkAdmin");
    if (u.layer === "k8s-base")
      roles.push(
        "roles/compute.instanceAdmin.v1",
        "roles/compute.securityAdmin",
        "roles/container.admin",
        "roles/iam.serviceAccountUser",
      );
    roles.push(...declared);
  }
  return [...new Set(roles)].sort();
}

export interface GcsGrant {
  role: string;
  /** A CEL condition on the object's resource name. */
  expression: string;
  title: string;
}

/** Bucket IAM for one unit: read its state (plan) or write it (apply), and its lock object. */
export function gcsStateGrants(u: UnitScope, use: IdentityUse): GcsGrant[] {
  if (u.backend.type !== "gcs" || !u.backend.bucket) return [];
  const objects = `projects/_/buckets/${u.backend.bucket}/objects/${u.statePrefix}/`;
  return [
    {
      role: use === "apply" ? "roles/storage.objectUser" : "roles/storage.objectViewer",
      expression: `resource.name.startsWith("${objects}")`,
      title: "state",
    },
    {
      role: "roles/storage.objectUser",
      expression: `resource.name.startsWith("${objects}") && resource.name.endsWith(".tflock")`,
      title: "lock",
    },
  ];
}

export interface RamStatement {
  actions: string[];
  resources: string[];
}

export function alicloudStatements(u: UnitScope, use: IdentityUse): RamStatement[] {
  const out: RamStatement[] = [];
  if (u.backend.type === "oss" && u.backend.bucket) {
    const bucket = `acs:oss:*:*:${u.backend.bucket}`;
    out.push(
      { actions: ["oss:ListObjects"], resources: [bucket] },
      {
        actions: use === "apply" ? ["oss:GetObject", "oss:PutObject"] : ["oss:GetObject"],
        resources: [`${bucket}/${u.statePrefix}/*`],
      },
    );
  }
  const declared = [
    ...new Set(u.compositions.flatMap((c) => c.spec.permissions?.alicloud ?? [])),
  ].sort();
  const reads = ["vpc:Describe*"];
  if (u.layer === "k8s-base") reads.push("ecs:Describe*", "cs:Describe*", "cs:Get*");
  if (u.layer === "foundation" || u.layer === "k8s-base")
    out.push({ actions: reads, resources: ["*"] });
  if (declared.length > 0) out.push({ actions: serviceReads(declared), resources: ["*"] });
  if (use === "plan") return out;
  if (u.layer === "foundation")
    out.push({
      actions: [
        "vpc:CreateVSwitch",
        "vpc:CreateVpc",
        "vpc:DeleteVSwitch",
        "vpc:DeleteVpc",
        "vpc:ModifyVSwitchAttribute",
        "vpc:ModifyVpcAttribute",
        "vpc:TagResources",
        "vpc:UnTagResources",
      ],
      resources: ["*"],
    });
  if (u.layer === "k8s-base")
    out.push(
      {
        actions: [
          "cs:CreateCluster",
          "cs:CreateClusterNodePool",
          "cs:DeleteCluster",
          "cs:DeleteClusterNodepool",
          "cs:ModifyCluster",
          "cs:ModifyClusterNodePool",
          "cs:ScaleClusterNodePool",
          "cs:TagResources",
          "ecs:AuthorizeSecurityGroup",
          "ecs:AuthorizeSecurityGroupEgress",
          "ecs:CreateLaunchTemplate",
          "ecs:CreateSecurityGroup",
          "ecs:DeleteInstance",
          "ecs:DeleteInstances",
          "ecs:DeleteLaunchTemplate",
          "ecs:DeleteSecurityGroup",
          "ecs:ModifyInstanceAttribute",
          "ecs:RevokeSecurityGroup",
          "ecs:RevokeSecurityGroupEgress",
          "ecs:RunInstances",
          "ecs:StartInstance",
          "ecs:StopInstance",
          "ecs:TagResources",
        ],
        resources: ["*"],
      },
      {
        actions: ["ram:PassRole"],
        resources: [`acs:ram::${u.account}:role/cloudneutral-${u.region}-*`],
      },
    );
  if (declared.length > 0) out.push({ actions: declared, resources: ["*"] });
  return out;
}

export const PROVIDERS_WITH_IDENTITY: readonly Provider[] = ["aws", "gcp", "alicloud"];
