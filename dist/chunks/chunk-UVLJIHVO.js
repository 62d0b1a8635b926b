import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  NODE_LABEL,
  SCOPE_LABELS
} from "./chunk-7Q6NB2VU.js";
import {
  ALICLOUD_OIDC_PROVIDER,
  AWS_ROLE_PATH,
  DEFAULT_CIDR,
  GCP_POOL_ID,
  GCP_PROVIDER_ID,
  GITHUB_OIDC_ISSUER,
  createsMachines,
  fitName,
  identityNames,
  namespaceOf,
  nodeAddresses,
  nodeSubnets,
  stateBackendOf,
  strictestEnvironment,
  trustedSubjects
} from "./chunk-CS2LBCZH.js";
import {
  allocateContainerPorts
} from "./chunk-D3CWFSWO.js";
import {
  GATEWAY_PORTS,
  certificateOf
} from "./chunk-IQKTJLRH.js";
import {
  Layers
} from "./chunk-R6XTO7R2.js";
import {
  ConfigurationError
} from "./chunk-Q3YCBL2Q.js";

// lib/render/permissions.ts
var inRegion = (location) => ({
  test: "StringEquals",
  variable: "aws:RequestedRegion",
  values: [location]
}), EKS_MANAGED_POLICIES = [
  "AmazonEKSClusterPolicy",
  "AmazonEKSVPCResourceController",
  "AmazonEKSWorkerNodePolicy",
  "AmazonEKS_CNI_Policy",
  "AmazonEC2ContainerRegistryReadOnly",
  "AmazonSSMManagedInstanceCore"
].map((p) => `arn:aws:iam::aws:policy/${p}`);
function serviceReads(actions) {
  return [...new Set(actions.map((a) => a.split(":")[0]))].sort().flatMap((s) => [`${s}:Describe*`, `${s}:Get*`, `${s}:List*`]);
}
function awsStatements(u, use) {
  let out = [
    { sid: "WhoAmI", actions: ["sts:GetCallerIdentity"], resources: ["*"], conditions: [] }
  ];
  if (u.backend.type === "s3" && u.backend.bucket) {
    let bucket = `arn:aws:s3:::${u.backend.bucket}`;
    out.push(
      { sid: "StateList", actions: ["s3:ListBucket"], resources: [bucket], conditions: [] },
      {
        sid: "StateRead",
        actions: use === "apply" ? ["s3:GetObject", "s3:PutObject"] : ["s3:GetObject"],
        resources: [`${bucket}/${u.stateKey}`],
        conditions: []
      },
      {
        // use_lockfile: the lock is an object beside the state, so plans can lock too.
        sid: "StateLock",
        actions: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
        resources: [`${bucket}/${u.stateKey}.tflock`],
        conditions: []
      }
    );
  }
  let declared = [
    ...new Set(u.compositions.flatMap((c) => c.spec.permissions?.aws ?? []))
  ].sort(), roles = `arn:aws:iam::${u.account}:role/cloudneutral-${u.region}-*`, profiles = `arn:aws:iam::${u.account}:instance-profile/cloudneutral-${u.region}-*`, region = [inRegion(u.location)];
  if ((u.layer === "foundation" || u.layer === "k8s-base") && out.push({ sid: "Read", actions: ["ec2:Describe*"], resources: ["*"], conditions: region }), u.layer === "k8s-base" && out.push(
    {
      sid: "ReadCluster",
      actions: ["eks:Describe*", "eks:List*", "ssm:GetParameter", "ssm:GetParameters"],
      resources: ["*"],
      conditions: region
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
        "iam:ListInstanceProfilesForRole"
      ],
      resources: [roles, profiles],
      conditions: []
    }
  ), declared.length > 0 && out.push({
    sid: "ReadModules",
    actions: serviceReads(declared),
    resources: ["*"],
    conditions: []
  }), use === "plan") return out;
  if (u.layer === "foundation" && out.push({
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
      "ec2:ReplaceRoute"
    ],
    resources: ["*"],
    conditions: region
  }), u.layer === "k8s-base") {
    let cluster = `arn:aws:eks:${u.location}:${u.account}`;
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
          "eks:UpdateNodegroupVersion"
        ],
        resources: [
          `${cluster}:cluster/cloudneutral-${u.region}*`,
          `${cluster}:nodegroup/cloudneutral-${u.region}*/*`,
          `${cluster}:addon/cloudneutral-${u.region}*/*`,
          `${cluster}:access-entry/cloudneutral-${u.region}*/*`
        ],
        conditions: []
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
          "ec2:TerminateInstances"
        ],
        resources: ["*"],
        conditions: region
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
          "iam:UpdateAssumeRolePolicy"
        ],
        resources: [roles, profiles],
        conditions: []
      },
      {
        // Only AWS's EKS policies: a node role can never be given more than a node needs.
        sid: "NodeRolePolicies",
        actions: ["iam:AttachRolePolicy", "iam:DetachRolePolicy"],
        resources: [roles],
        conditions: [
          { test: "ArnEquals", variable: "iam:PolicyARN", values: EKS_MANAGED_POLICIES }
        ]
      },
      {
        sid: "PassNodeRoles",
        actions: ["iam:PassRole"],
        resources: [roles],
        conditions: [
          {
            test: "StringEquals",
            variable: "iam:PassedToService",
            values: ["ec2.amazonaws.com", "eks.amazonaws.com"]
          }
        ]
      },
      {
        sid: "EksServiceLinkedRoles",
        actions: ["iam:CreateServiceLinkedRole"],
        resources: ["*"],
        conditions: [
          {
            test: "StringEquals",
            variable: "iam:AWSServiceName",
            values: ["eks.amazonaws.com", "eks-nodegroup.amazonaws.com"]
          }
        ]
      }
    );
  }
  return declared.length > 0 && out.push({ sid: "Modules", actions: declared, resources: ["*"], conditions: [] }), out;
}
function gcpRoles(u, use) {
  let declared = u.compositions.flatMap((c) => c.spec.permissions?.gcp ?? []), roles = [];
  return use === "plan" ? (u.layer === "foundation" && roles.push("roles/compute.networkViewer"), u.layer === "k8s-base" && roles.push(
    "roles/compute.viewer",
    "roles/container.viewer",
    "roles/iam.serviceAccountViewer"
  ), declared.length > 0 && roles.push("roles/viewer")) : (u.layer === "foundation" && roles.push("roles/compute.networkAdmin"), u.layer === "k8s-base" && roles.push(
    "roles/compute.instanceAdmin.v1",
    "roles/compute.securityAdmin",
    "roles/container.admin",
    "roles/iam.serviceAccountUser"
  ), roles.push(...declared)), [...new Set(roles)].sort();
}
function gcsStateGrants(u, use) {
  if (u.backend.type !== "gcs" || !u.backend.bucket) return [];
  let objects = `projects/_/buckets/${u.backend.bucket}/objects/${u.statePrefix}/`;
  return [
    {
      role: use === "apply" ? "roles/storage.objectUser" : "roles/storage.objectViewer",
      expression: `resource.name.startsWith("${objects}")`,
      title: "state"
    },
    {
      role: "roles/storage.objectUser",
      expression: `resource.name.startsWith("${objects}") && resource.name.endsWith(".tflock")`,
      title: "lock"
    }
  ];
}
function alicloudStatements(u, use) {
  let out = [];
  if (u.backend.type === "oss" && u.backend.bucket) {
    let bucket = `acs:oss:*:*:${u.backend.bucket}`;
    out.push(
      { actions: ["oss:ListObjects"], resources: [bucket] },
      {
        actions: use === "apply" ? ["oss:GetObject", "oss:PutObject"] : ["oss:GetObject"],
        resources: [`${bucket}/${u.statePrefix}/*`]
      }
    );
  }
  let declared = [
    ...new Set(u.compositions.flatMap((c) => c.spec.permissions?.alicloud ?? []))
  ].sort(), reads = ["vpc:Describe*"];
  return u.layer === "k8s-base" && reads.push("ecs:Describe*", "cs:Describe*", "cs:Get*"), (u.layer === "foundation" || u.layer === "k8s-base") && out.push({ actions: reads, resources: ["*"] }), declared.length > 0 && out.push({ actions: serviceReads(declared), resources: ["*"] }), use === "plan" || (u.layer === "foundation" && out.push({
    actions: [
      "vpc:CreateVSwitch",
      "vpc:CreateVpc",
      "vpc:DeleteVSwitch",
      "vpc:DeleteVpc",
      "vpc:ModifyVSwitchAttribute",
      "vpc:ModifyVpcAttribute",
      "vpc:TagResources",
      "vpc:UnTagResources"
    ],
    resources: ["*"]
  }), u.layer === "k8s-base" && out.push(
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
        "ecs:TagResources"
      ],
      resources: ["*"]
    },
    {
      actions: ["ram:PassRole"],
      resources: [`acs:ram::${u.account}:role/cloudneutral-${u.region}-*`]
    }
  ), declared.length > 0 && out.push({ actions: declared, resources: ["*"] })), out;
}

// lib/render/identities.ts
function identityJson(u, projectNumber) {
  let side = (v) => u.provider === "gcp" ? { serviceAccount: v.principal, subjects: v.subjects } : { roleArn: v.principal, subjects: v.subjects };
  return {
    provider: u.provider,
    account: u.account,
    ...u.provider === "gcp" ? { workloadIdentityProvider: gcpProviderName(projectNumber ?? "") } : {},
    ...u.provider === "alicloud" ? { oidcProviderArn: alicloudOidcProviderArn(u.account) } : {},
    plan: side(u.plan),
    apply: side(u.apply)
  };
}
var gcpProviderName = (projectNumber) => `projects/${projectNumber}/locations/global/workloadIdentityPools/${GCP_POOL_ID}/providers/${GCP_PROVIDER_ID}`, alicloudOidcProviderArn = (account) => `acs:ram::${account}:oidc-provider/${ALICLOUD_OIDC_PROVIDER}`;
function principalOf(provider, account, use, layer, region) {
  let names = identityNames(layer, region, use);
  switch (provider) {
    case "aws":
      return `arn:aws:iam::${account}:role${AWS_ROLE_PATH}${names.role}`;
    case "gcp":
      return `${names.serviceAccountId}@${account}.iam.gserviceaccount.com`;
    default:
      return `acs:ram::${account}:role/${names.role}`;
  }
}
function unitIdentity(scope, subjects) {
  let view = (use) => {
    let names = identityNames(scope.layer, scope.region, use), ramPolicy = {
      Version: "1",
      Statement: (scope.provider === "alicloud" ? alicloudStatements(scope, use) : []).map((s) => ({
        Effect: "Allow",
        Action: s.actions,
        Resource: s.resources
      }))
    };
    return {
      use,
      ...names,
      principal: principalOf(scope.provider, scope.account, use, scope.layer, scope.region),
      subjects: subjects[use],
      subjectKeys: subjects[use].map((subject, i) => ({
        key: `${use}_${i}`,
        subject,
        member: `principal://iam.googleapis.com/projects/${scope.projectNumber}/locations/global/workloadIdentityPools/${GCP_POOL_ID}/subject/${subject}`
      })),
      trustJson: JSON.stringify({
        Version: "1",
        Statement: [
          {
            Action: "sts:AssumeRole",
            Effect: "Allow",
            Principal: { Federated: [alicloudOidcProviderArn(scope.account)] },
            Condition: {
              StringEquals: {
                "oidc:iss": GITHUB_OIDC_ISSUER,
                "oidc:aud": "sts.aliyuncs.com",
                "oidc:sub": subjects[use]
              }
            }
          }
        ]
      }),
      awsStatements: scope.provider === "aws" ? awsStatements(scope, use) : [],
      gcpRoles: scope.provider === "gcp" ? gcpRoles(scope, use) : [],
      gcsGrants: scope.provider === "gcp" ? gcsStateGrants(scope, use) : [],
      ramPolicyJson: JSON.stringify(ramPolicy)
    };
  }, plan = view("plan"), apply = view("apply");
  return {
    unit: `stacks/${scope.layer}/${scope.region}`,
    key: `${scope.layer}_${scope.region}`.replace(/-/g, "_"),
    layer: scope.layer,
    region: scope.region,
    provider: scope.provider,
    account: scope.account,
    plan,
    apply,
    sides: [plan, apply]
  };
}
function accountViews(units, repository, backendOf) {
  let groups = /* @__PURE__ */ new Map();
  for (let u of units) {
    let id = `${u.provider}-${u.account}`, list = groups.get(id);
    list ? list.push(u) : groups.set(id, [u]);
  }
  let ids = [...groups.keys()].sort(), firstOf = /* @__PURE__ */ new Map();
  for (let id of ids) {
    let p = groups.get(id)[0].provider;
    firstOf.has(p) || firstOf.set(p, id);
  }
  return ids.map((id) => {
    let list = groups.get(id), first = list[0], backend = backendOf(first.provider), owns = firstOf.get(first.provider) === id && backend.type !== "local" && backend.bucket, prefix = `${backend.prefix ?? "stacks"}/bootstrap/${id}`;
    return {
      id,
      provider: first.provider,
      account: first.account,
      projectNumber: first.projectNumber ?? "",
      location: [...list].sort((a, b) => a.region < b.region ? -1 : 1)[0].location,
      repository,
      issuer: GITHUB_OIDC_ISSUER,
      gcpPoolId: GCP_POOL_ID,
      gcpProviderId: GCP_PROVIDER_ID,
      alicloudOidcProvider: ALICLOUD_OIDC_PROVIDER,
      awsRolePath: AWS_ROLE_PATH,
      stateBucket: owns ? { name: backend.bucket, region: backend.region ?? first.location } : void 0,
      backend: { ...backend, prefix, stateKey: `${prefix}/terraform.tfstate` },
      s3: backend.type === "s3",
      gcs: backend.type === "gcs",
      oss: backend.type === "oss",
      local: backend.type === "local",
      units: [...list].sort((a, b) => a.unit < b.unit ? -1 : 1)
    };
  });
}

// lib/render/context.ts
function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function regionView(doc, sourcesOf) {
  let spec = doc.value.spec, cidr = spec.network?.cidr ?? DEFAULT_CIDR;
  return {
    name: doc.name,
    provider: spec.provider,
    location: spec.location,
    account: spec.account?.id ?? "",
    projectNumber: spec.account?.projectNumber ?? "",
    cidr,
    ingress: spec.ingress,
    nodePool: {
      ...spec.nodePool,
      instanceType: spec.nodePool.instanceType ?? "",
      k8s: spec.nodePool.mode === "k8s",
      k3sWorker: spec.nodePool.mode === "k3s-worker",
      containerdOnly: spec.nodePool.mode === "containerd-only",
      addresses: nodeAddresses(spec.provider, cidr, spec.nodePool),
      machines: createsMachines(spec.provider, spec.nodePool)
    },
    weight: spec.weight,
    sources: sourcesOf(`Region/${doc.name}`)
  };
}
function serviceViews(doc, regions, sizes, sourcesOf) {
  let spec = doc.value.spec, size = sizes.get(spec.size);
  return spec.regions.map((regionName) => {
    let region = regions.get(regionName), offer = size.spec.providers[region.provider];
    return {
      name: doc.name,
      tenant: spec.tenant,
      project: spec.project,
      env: spec.env,
      region: regionName,
      namespace: namespaceOf(spec.tenant, spec.project, spec.env),
      runtime: spec.runtime,
      image: spec.image,
      port: spec.port,
      healthPath: spec.healthPath,
      replicas: size.spec.replicas,
      cpu: size.spec.cpu,
      memory: size.spec.memory,
      instanceType: offer.instanceType,
      variables: Object.entries(spec.variables ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([name, value]) => ({
        name,
        value: spec.runtime === "k8s" ? value.replace(/\$\(/g, () => "$$(") : value
      })),
      labels: [
        ["cloudneutral.io/tenant", spec.tenant],
        ["cloudneutral.io/project", spec.project],
        ["cloudneutral.io/env", spec.env],
        ["cloudneutral.io/region", regionName],
        ["cloudneutral.io/service", doc.name]
      ].map(([name, value]) => ({ name, value })),
      publicName: spec.publicName,
      ports: void 0,
      tls: spec.publicName ? certificateOf(spec) : void 0,
      sources: sourcesOf(`Service/${doc.name}`, `Size/${spec.size}`, `Region/${regionName}`)
    };
  });
}
function buildModel(config, options = {}) {
  let k = config.byKind, platformDoc = k.Platform[0], platform = platformDoc.value.spec, fileOf = new Map(config.docs.map((d) => [`${d.kind}/${d.name}`, d.file])), sourcesOf = (...keys) => [
    ...new Set(keys.map((key) => fileOf.get(key)).filter((f) => f !== void 0))
  ].sort(), regions = [...k.Region].sort(byName).map((d) => regionView(d, sourcesOf)), regionMap = new Map(regions.map((r) => [r.name, r])), sizes = new Map(k.Size.map((s) => [s.name, s.value])), strictest = /* @__PURE__ */ new Map(), strictestIn = (region) => (strictest.has(region) || strictest.set(region, strictestEnvironment([config], region)?.name), strictest.get(region)), services = [...k.Service].sort(byName).flatMap((d) => serviceViews(d, regionMap, sizes, sourcesOf)).sort((a, b) => byName({ name: `${a.region}/${a.name}` }, { name: `${b.region}/${b.name}` })), servicesIn = new Map(regions.map((r) => [r.name, []]));
  for (let s of services) servicesIn.get(s.region).push(s);
  for (let list of servicesIn.values()) {
    let containers = list.filter((s) => s.runtime === "container"), ports = allocateContainerPorts(containers.map((s) => s.name));
    for (let s of containers) s.ports = ports.get(s.name);
  }
  let comps = [...k.Composition].sort(byName), stacks = [];
  for (let region of regions) {
    let layers = /* @__PURE__ */ new Set(["foundation", "k8s-base"]);
    for (let c of comps)
      c.value.spec.regions.includes(region.name) && engineOf(c.value) === "terraform" && layers.add(c.value.spec.lifecycle);
    for (let layer of Layers) {
      if (!layers.has(layer)) continue;
      let members = comps.filter(
        (c) => c.value.spec.lifecycle === layer && c.value.spec.regions.includes(region.name) && engineOf(c.value) === "terraform"
      ), inStack = new Set(members.map((c) => c.name)), modules = members.map((c) => moduleView(c.value, inStack)), backend = stateBackendOf(platform, region.provider), stateKey = `${backend.prefix ?? "stacks"}/${layer}/${region.name}`, identity = region.provider === "onprem" ? void 0 : unitIdentity(
        {
          provider: region.provider,
          layer,
          region: region.name,
          location: region.location,
          account: region.account,
          projectNumber: region.projectNumber,
          backend,
          stateKey: `${stateKey}/terraform.tfstate`,
          // The gcs backend writes <prefix>/default.tfstate, the oss backend <prefix>/terraform.tfstate.
          statePrefix: stateKey,
          compositions: members.map((c) => c.value)
        },
        trustedSubjects(platform, layer, strictestIn(region.name))
      ), stack = {
        layer,
        region,
        backend: {
          ...backendFlags(backend.type),
          type: backend.type,
          bucket: backend.bucket ?? "",
          region: backend.region ?? "",
          endpoint: backend.endpoint ?? "",
          // One schema per stack: the pg backend keeps one state per workspace and schema.
          schema: fitName([backend.schema ?? "cloudneutral", layer, region.name], 63).replace(
            /-/g,
            "_"
          ),
          key: stateKey,
          stateKey: `${stateKey}/terraform.tfstate`
        },
        platformRepository: platform.repository,
        terraformVersion: platform.terraform?.version,
        // The s3 backend's lock file (use_lockfile) needs 1.10; validate refuses older pins.
        requiredVersion: `>= ${platform.terraform?.version ?? (backend.type === "s3" ? "1.10" : "1.6")}`,
        identity,
        nodes: layer === "k8s-base" ? nodesView(region) : void 0,
        modules,
        sources: sourcesOf(
          `Platform/${platformDoc.name}`,
          `Region/${region.name}`,
          ...members.map((c) => `Composition/${c.name}`),
          ...(servicesIn.get(region.name) ?? []).map((s) => `Environment/${s.env}`)
        )
      };
      stacks.push(stack);
    }
  }
  let hostsOf = (r) => [...r.nodePool.addresses], listen = gatewayListen(options.gatewayListen), gateways = regions.map((region) => ({
    region,
    listen,
    tls: servicesIn.get(region.name).some((s) => s.publicName && s.tls),
    routes: servicesIn.get(region.name).filter((s) => s.publicName).map((service) => {
      let blueGreen = service.runtime === "container", servers = blueGreen ? hostsOf(region).map((h) => `${h}:${service.ports.switchPort}`) : region.ingress.addresses.map((a) => `${a}:80`);
      return { service, upstream: service.name.replace(/-/g, "_"), servers, blueGreen };
    })
  })), ansible = regions.map((region) => ({
    region,
    hosts: hostsOf(region).map((address, index) => ({ address, index })),
    join: joinView(region),
    services: servicesIn.get(region.name).filter((s) => s.runtime === "container")
  })).filter((a) => a.services.length > 0 || a.join !== void 0), accounts = accountViews(
    stacks.flatMap(
      (s) => s.identity ? [{ ...s.identity, location: s.region.location, projectNumber: s.region.projectNumber }] : []
    ),
    platform.repository,
    (p) => stateBackendOf(platform, p)
  );
  return {
    regions,
    services,
    stacks,
    gateways,
    ansible,
    accounts
  };
}
function gatewayListen(o = {}) {
  let at = (port) => o.address ? `${o.address}:${port}` : String(port);
  return {
    https: at(o.https ?? GATEWAY_PORTS.https),
    plain: at(o.plain ?? GATEWAY_PORTS.plain)
  };
}
function engineOf(c) {
  if (c.spec.engine) return c.spec.engine;
  let layer = c.spec.lifecycle;
  return layer === "applications" ? "gitops" : layer === "config" ? "ansible" : "terraform";
}
function moduleView(c, inStack) {
  return {
    name: c.metadata.name,
    source: c.spec.module.source,
    version: c.spec.module.version,
    inputs: Object.entries(c.spec.inputs ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([name, value]) => ({ name, value })),
    dependsOn: (c.spec.dependsOn ?? []).filter((d) => inStack.has(d)).sort()
  };
}
function backendFlags(type) {
  return {
    s3: type === "s3",
    gcs: type === "gcs",
    oss: type === "oss",
    pg: type === "pg",
    local: type === "local"
  };
}
function nodesView(region) {
  let pool = region.nodePool;
  if (!pool.machines) return;
  let join = pool.join?.tokenSecret ? { server: pool.join.server, tokenSecret: pool.join.tokenSecret } : void 0;
  return {
    subnets: nodeSubnets(region.provider),
    subnetBits: 4,
    firstHost: 10,
    instanceType: pool.instanceType,
    k3s: pool.k3sWorker,
    join: pool.k3sWorker ? join : void 0,
    sshAuthorizedKeys: [...pool.sshAuthorizedKeys ?? []],
    aws: region.provider === "aws",
    gcp: region.provider === "gcp",
    alicloud: region.provider === "alicloud"
  };
}
function joinView(region) {
  let pool = region.nodePool, join = pool.join;
  if (!(region.provider !== "onprem" || pool.containerdOnly || !join?.tokenEnv) && pool.addresses.length !== 0)
    return {
      k3s: pool.k3sWorker,
      kubeadm: pool.k8s,
      server: pool.k8s ? join.server.replace(/^https:\/\//, "") : join.server,
      tokenEnv: join.tokenEnv,
      caCertHash: join.caCertHash ?? ""
    };
}

// lib/render/scrape-config.ts
var NODE_EXPORTER_PORT = 9100;
function scrapeConfigs(model) {
  return model.regions.map((region) => {
    let services = model.services.filter((s) => s.region === region.name), config = {
      global: { external_labels: { region: region.name } },
      scrape_configs: [nodeJob(region), ...services.map((s) => serviceJob(region, s))]
    };
    return { region, content: `${JSON.stringify(config, null, 2)}
` };
  });
}
var set = (label, value) => ({
  target_label: label,
  replacement: value
});
function nodeJob(region) {
  return {
    job_name: "node",
    honor_labels: !1,
    static_configs: [{ targets: region.nodePool.addresses.map((h) => `${h}:${NODE_EXPORTER_PORT}`) }],
    relabel_configs: [
      set("region", region.name),
      {
        source_labels: ["__address__"],
        regex: "([^:]+)(?::[0-9]+)?",
        target_label: NODE_LABEL,
        replacement: "$1"
      }
    ]
  };
}
function serviceJob(region, s) {
  let values = {
    tenant: s.tenant,
    project: s.project,
    env: s.env,
    region: region.name,
    service: s.name
  }, labels = SCOPE_LABELS.map((l) => set(l, values[l])), job = `${s.tenant}/${s.project}/${s.env}/${s.name}`;
  if (s.runtime === "container") {
    let hosts = region.nodePool.addresses;
    return {
      job_name: job,
      honor_labels: !1,
      static_configs: [{ targets: hosts.map((h) => `${h}:${s.ports?.switchPort ?? s.port}`) }],
      relabel_configs: labels
    };
  }
  return {
    job_name: job,
    honor_labels: !1,
    kubernetes_sd_configs: [{ role: "pod", namespaces: { names: [s.namespace] } }],
    relabel_configs: [
      // The pods of this service only: the labels render puts on its Deployment.
      {
        source_labels: [
          "__meta_kubernetes_pod_label_cloudneutral_io_service",
          "__meta_kubernetes_pod_label_cloudneutral_io_region"
        ],
        regex: `${regexLiteral(s.name)};${regexLiteral(region.name)}`,
        action: "keep"
      },
      {
        source_labels: ["__meta_kubernetes_pod_node_name"],
        target_label: NODE_LABEL
      },
      ...labels
    ]
  };
}
function regexLiteral(name) {
  return name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// lib/render/render-files.ts
function renderFiles(model, templates, options) {
  let files = [], header = (sources, template) => `# Generated by cloudneutral render from ${sources.map((s) => `${options.configLabel}/${s}`).join(", ")}
# with ${options.templatesLabel}/${template}. Do not edit: change the sources and run render.
`, emit = (path2, template, context, sources) => {
    let t = templates.get(template);
    if (!t)
      throw new ConfigurationError([
        {
          root: ".",
          file: `${options.templatesLabel}/${template}`,
          line: 1,
          column: 1,
          message: "template not found"
        }
      ]);
    let rendered = t.render(context);
    if (rendered.trim() === "") return;
    let magic = /^(#cloud-config|#!.*)\n/.exec(rendered.trimStart())?.[0] ?? "", body = magic ? rendered.trimStart().slice(magic.length) : rendered;
    files.push({ path: path2, content: `${magic}${header(sources, template)}${body.trimEnd()}
` });
  };
  for (let stack of model.stacks) renderStack(stack, templates, emit, files);
  for (let account of model.accounts) {
    let sources = [
      ...new Set(
        model.stacks.filter(
          (s) => s.identity && `${s.identity.provider}-${s.identity.account}` === account.id
        ).flatMap((s) => s.sources)
      )
    ].sort();
    for (let template of templates.list(`terraform/${account.provider}/bootstrap`)) {
      let name = template.slice(template.lastIndexOf("/") + 1).replace(/\.hbs$/, "");
      emit(`bootstrap/${account.id}/${name}`, template, account, sources);
    }
  }
  let namespaces = /* @__PURE__ */ new Map();
  for (let s of model.services) {
    if (s.runtime !== "k8s") continue;
    let dir = `k8s/${s.region}/${s.namespace}`, members = namespaces.get(dir);
    members ? members.push(s) : namespaces.set(dir, [s]), emit(`${dir}/${s.name}.yaml`, "k8s/service.yaml.hbs", s, s.sources);
  }
  for (let [dir, members] of namespaces) {
    let s = members[0], labels = s.labels.filter((l) => !l.name.endsWith("/service")), context = {
      namespace: s.namespace,
      region: s.region,
      tenant: s.tenant,
      project: s.project,
      env: s.env,
      labels
    };
    emit(`${dir}/namespace.yaml`, "k8s/namespace.yaml.hbs", context, sourcesOfAll(members));
  }
  for (let g of model.gateways) {
    let sources = [
      .../* @__PURE__ */ new Set([...g.region.sources, ...sourcesOfAll(g.routes.map((r) => r.service))])
    ].sort();
    emit(`gateway/${g.region.name}/nginx.conf`, "gateway/nginx.conf.hbs", g, sources);
  }
  for (let a of model.ansible) {
    let sources = [.../* @__PURE__ */ new Set([...a.region.sources, ...sourcesOfAll(a.services)])].sort();
    emit(`ansible/${a.region.name}/inventory.yml`, "ansible/inventory.yml.hbs", a, sources), emit(
      `ansible/${a.region.name}/group_vars/containerd_nodes.yml`,
      "ansible/group_vars.yml.hbs",
      a,
      sources
    ), emit(`ansible/${a.region.name}/site.yml`, "ansible/site.yml.hbs", a, sources), emit(
      `ansible/${a.region.name}/deploy-service.yml`,
      "ansible/deploy-service.yml.hbs",
      a,
      sources
    );
  }
  for (let { region, content } of scrapeConfigs(model)) {
    let sources = [
      .../* @__PURE__ */ new Set([
        ...region.sources,
        ...sourcesOfAll(model.services.filter((s) => s.region === region.name))
      ])
    ].sort();
    files.push({
      path: `metrics/${region.name}/prometheus.yml`,
      content: `# Generated by cloudneutral render from ${sources.map((s) => `${options.configLabel}/${s}`).join(", ")}.
# The label convention (tenant, project, env, region, service) for this region's Prometheus:
# use it as the configuration, or copy its jobs and external labels into yours. Do not edit.
` + content
    });
  }
  let seeds = model.regions.map((r) => ({
    path: `node-pool/${r.name}.tfvars`,
    content: `# Desired node count of region ${r.name}. Created by render at the pool's min; owned by
# autoscale-propose from then on (render never rewrites it).
node_count = ${r.nodePool.min}
`
  }));
  return files.sort((a, b) => a.path < b.path ? -1 : 1), { files, seeds };
}
function renderStack(stack, templates, emit, files) {
  let dir = `stacks/${stack.layer}/${stack.region.name}`, provider = stack.region.provider, seen = /* @__PURE__ */ new Map();
  for (let template of [
    ...templates.list("terraform/common"),
    ...templates.list(`terraform/${provider}`),
    ...templates.list(`terraform/${provider}/${stack.layer}`)
  ]) {
    let name = template.slice(template.lastIndexOf("/") + 1).replace(/\.hbs$/, ""), other = seen.get(name);
    if (other)
      throw new ConfigurationError([
        {
          root: ".",
          file: `templates/${template}`,
          line: 1,
          column: 1,
          message: `renders ${dir}/${name}, which ${other} renders too`
        }
      ]);
    seen.set(name, template), emit(`${dir}/${name}`, template, stack, stack.sources);
  }
  let meta = {
    generatedBy: "cloudneutral render",
    generatedFrom: stack.sources,
    layer: stack.layer,
    region: stack.region.name,
    provider,
    location: stack.region.location,
    engine: "terraform",
    varFiles: stack.layer === "k8s-base" ? [`../../../node-pool/${stack.region.name}.tfvars`] : [],
    dependsOn: dependsOnLayers(stack),
    // Which identity plans and which applies this unit: the actions assume it themselves.
    ...stack.identity ? { identity: identityJson(stack.identity, stack.region.projectNumber) } : {}
  };
  files.push({ path: `${dir}/stack.json`, content: `${JSON.stringify(meta, null, 2)}
` });
}
function dependsOnLayers(stack) {
  let index = Layers.indexOf(stack.layer);
  return Layers.slice(0, index).filter((l) => l !== "applications").map((l) => `${l}/${stack.region.name}`);
}
function sourcesOfAll(services) {
  return [...new Set(services.flatMap((s) => s.sources))].sort();
}

// lib/render/output.ts
import { hash } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync
} from "node:fs";
import path from "node:path";
var MANIFEST_PATH = ".cloudneutral/render-manifest.json", sha256 = (s) => hash("sha256", s, "hex");
function listFiles(dir) {
  let listing = { files: /* @__PURE__ */ new Set(), links: /* @__PURE__ */ new Set() }, entries;
  try {
    entries = readdirSync(dir, { recursive: !0, withFileTypes: !0 });
  } catch (err) {
    if (err.code === "ENOENT") return listing;
    throw err;
  }
  for (let e of entries) {
    let rel = path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/");
    e.isSymbolicLink() ? listing.links.add(rel) : e.isFile() && listing.files.add(rel);
  }
  return listing;
}
function parseManifest(text, label) {
  try {
    let files = JSON.parse(text).files;
    if (files && typeof files == "object" && !Array.isArray(files)) return files;
  } catch {
  }
  throw new ConfigurationError([
    {
      root: ".",
      file: label,
      line: 1,
      column: 1,
      message: "render's manifest is not valid; restore it from git or delete it (render then refuses files it did not write)"
    }
  ]);
}
function manifestOf(files) {
  let manifest = {
    version: 1,
    files: Object.fromEntries(files.map((f) => [f.path, sha256(f.content)]))
  };
  return { path: MANIFEST_PATH, content: `${JSON.stringify(manifest, null, 2)}
` };
}
function planOutput(outDir, output, labelPrefix = "") {
  let { files: existing, links } = listFiles(outDir), readIfExists = (rel) => existing.has(rel) ? readFileSync(path.join(outDir, rel), "utf8") : void 0, previousText = readIfExists(MANIFEST_PATH), previous = previousText ? parseManifest(previousText, `${labelPrefix}${MANIFEST_PATH}`) : {}, owned = [...output.files, manifestOf(output.files)], wanted = new Set(owned.map((f) => f.path)), plan = {
    changes: [],
    previouslyOwned: Object.keys(previous),
    seeds: [],
    writes: /* @__PURE__ */ new Map(),
    deletes: [],
    unchanged: 0
  }, conflicts = [], change = (file, kind) => {
    plan.changes.push({ path: file.path, change: kind }), plan.writes.set(file.path, file.content);
  }, linked = (rel) => rel.split("/").some((_, i, parts) => links.has(parts.slice(0, i + 1).join("/")));
  for (let file of [...owned, ...output.seeds])
    linked(file.path) && conflicts.push({
      root: ".",
      file: `${labelPrefix}${file.path}`,
      line: 1,
      column: 1,
      message: "is (or is inside) a symbolic link; render never writes through links"
    });
  for (let file of owned) {
    if (linked(file.path)) continue;
    let current = readIfExists(file.path);
    current === file.content ? plan.unchanged++ : current === void 0 ? change(file, "create") : file.path in previous || file.path === MANIFEST_PATH ? change(file, "update") : conflicts.push({
      root: ".",
      file: `${labelPrefix}${file.path}`,
      line: 1,
      column: 1,
      message: "exists but was not generated by render; move it away or delete it so render can own this path"
    });
  }
  for (let seed of output.seeds)
    !existing.has(seed.path) && !linked(seed.path) && (change(seed, "create"), plan.seeds.push(seed.path));
  for (let old of Object.keys(previous).sort())
    wanted.has(old) || !existing.has(old) || (plan.changes.push({ path: old, change: "delete" }), plan.deletes.push(old));
  if (conflicts.length > 0) throw new ConfigurationError(conflicts);
  return plan.changes.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0), plan;
}
function applyOutput(outDir, plan) {
  let manifest = plan.writes.get(MANIFEST_PATH), made = /* @__PURE__ */ new Set(), put = (rel, content) => {
    let target = path.join(outDir, rel), dir = path.dirname(target);
    made.has(dir) || (mkdirSync(dir, { recursive: !0 }), made.add(dir)), writeFileSync(target, content);
  };
  if (manifest !== void 0) {
    let touched = /* @__PURE__ */ new Set([...plan.previouslyOwned, ...plan.writes.keys()]);
    touched.delete(MANIFEST_PATH);
    for (let seed of plan.seeds) touched.delete(seed);
    let files = Object.fromEntries([...touched].sort().map((p) => [p, "pending"]));
    put(MANIFEST_PATH, `${JSON.stringify({ version: 1, files }, null, 2)}
`);
  }
  for (let [rel, content] of plan.writes) rel !== MANIFEST_PATH && put(rel, content);
  for (let rel of plan.deletes)
    rmSync(path.join(outDir, rel), { force: !0 }), removeEmptyParents(outDir, path.dirname(rel));
  manifest !== void 0 && put(MANIFEST_PATH, manifest);
}
function removeEmptyParents(outDir, rel) {
  for (let dir = rel; dir !== "." && dir !== ""; dir = path.dirname(dir)) {
    let full = path.join(outDir, dir), left;
    try {
      left = readdirSync(full);
    } catch {
      return;
    }
    if (left.length > 0) return;
    rmdirSync(full);
  }
}

export {
  buildModel,
  renderFiles,
  manifestOf,
  planOutput,
  applyOutput
};
