var D,Ye,$n,J,Ce,he,Xe,ge,Ze,$e,De,vn,le=Symbol.for("pv"),Pe={},be=[],In=/^m(i|n|o|s|text|space)$/,ve=Array.isArray,et=be.slice,ee=Object.assign;function Z(t){t&&t.parentNode&&t.remove()}function fe(t,n,r,o,a){var i={type:t,props:n,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:le,__v:a||++Ye,__i:-1,__u:0};return!a&&D.vnode&&D.vnode(i),i}function R(t){return t.children}function ye(t,n){this.props=t,this.context=n,this.__g=0}function Y(t,n){if(n==null)return t.__&&Y(t.__,t.__i+1);for(var r;n<t.__k.length;n++)if((r=t.__k[n])&&r.__e)return r.__e;return typeof t.type!="function"||t.props.__P?null:Y(t)}function Tn(t){var n,r=t.__v,o=r.__e,a=[],i=[],s=t.__P;s&&((n=ee({constructor:le},r)).__v=r.__v+1,D.vnode&&D.vnode(n),Ie(s,n,r,t.__n,s.namespaceURI,32&r.__u?[o]:null,a,o||Y(r),32&r.__u,i),n.__v=r.__v,n.__.__k[n.__i]=n,it(a,n,i),r.__=r.__e=null,n.__e!=o&&tt(n))}function tt(t){if((t=t.__)&&t.__c&&!t.props.__P)return t.__e=null,t.__k.some(function(n){return n&&(t.__e=n.__e)}),tt(t)}function Ge(t){(8&t.__g||(t.__g|=8,J.push(t),he++))&&Ce==D.debounceRendering||((Ce=D.debounceRendering)||queueMicrotask)(nt)}function nt(){try{for(var t,n=1;J.length;)J.length>n&&J.sort(Xe),t=J.shift(),n=J.length,8&t.__g&&Tn(t)}finally{(he=J.length)&&(Ce||queueMicrotask)(nt)}}function rt(t,n,r,o,a,i,s,u,c,_,d){var f,m,l,P,T,S,C=o.__k||be,b=n.length;for(c=An(r,n,C,c,b),f=0;f<b;f++)(l=r.__k[f])!=null&&(m=~l.__i&&C[l.__i]||Pe,l.__i=f,S=Ie(t,l,m,a,i,s,u,c,_,d),P=l.__e,(m.ref!=l.ref||8&m.__u)&&(m.ref&&Te(m.ref,null,l,m),l.ref&&d.push(l.ref,l.__c||P,l)),T=T||P,4&l.__u?(c=ot(l,c,t,!m.__v),m.__e&&(m.__e=null)):typeof l.type=="function"&&S!==void 0?c=S:P&&(c=P.nextSibling),l.__u&=-21);return r.__e=T,c}function An(t,n,r,o,a){var i,s,u,c,_,d,f,m,l,P=r.length,T=P,S=0,C=0,b=t.__k=Array(a);for(i=0;i<a;i++)(s=n[i])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s!="object"||s.constructor===String?s=b[i]=fe(null,s):ve(s)?s=b[i]=fe(R,{children:s}):s.constructor===le&&s.__b?s=b[i]=fe(s.type,s.props,s.key,s.ref,s.__v):b[i]=s,c=i+S,s.__=t,s.__b=t.__b+1,u=null,~(_=s.__i=En(s,r,c,T))&&(T--,(u=r[_])&&(u.__u|=2)),u&&u.__v?(s.__u|=16,_==c-1?S--:_==c+1?S++:_!=c&&(_>c?S--:S++,C=1)):(~_||(a>P?S--:a<P&&S++),typeof s.type!="function"&&(s.__u|=4))):b[i]=null;if(C){for(d=[],f=[],i=0;i<a;i++)if((s=b[i])&&16&s.__u){for(S=0,m=d.length;S<m;)d[l=S+m>>1]<s.__i?S=l+1:m=l;d[S]=s.__i,f[i]=S+1}for(S=d.length;i--;)f[i]&&(f[i]==S?S--:b[i].__u|=4)}if(T)for(i=0;i<P;i++)!(u=r[i])||2&u.__u||(u.__e==o&&(o=Y(u)),Ae(u,u));return o}function ot(t,n,r,o){var a,i,s,u;if(typeof t.type=="function"){if(t.props.__P)return n;if(a=t.__k)for(i=0;i<a.length;i++)a[i]&&(a[i].__=t,n=ot(a[i],n,r,!1));return n}for(n&&!n.parentNode&&(n=Y(t))&&!n.parentNode&&(n=null),s=t.__e,u=n;u&&u.nodeType==8;)u=u.nextSibling;for(s!=u&&(!o&&r.moveBefore&&s.parentNode?r.moveBefore(s,n):r.insertBefore(s,n||null)),n=s;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function En(t,n,r,o){var a,i=t.key,s=t.type,u=n[r],c=u&&!(2&u.__u);if(u===null&&i==null||c&&i==u.key&&s==u.type)return r;if(o>(c?1:0)){for(a=r-1;a>=0;a--)if((u=n[a])&&!(2&u.__u)&&i==u.key&&s==u.type)return a;for(a=r+1;a<n.length;a++)if((u=n[a])&&!(2&u.__u)&&i==u.key&&s==u.type)return a}return-1}function Je(t,n,r){r==null&&(r=""),n[0]=="-"?t.setProperty(n,r):t[n]=r}function me(t,n,r,o,a){var i,s;if(n=="style")if(typeof r=="string")t.style.cssText=r;else{if(typeof o=="string"&&(t.style.cssText=o=""),o)for(n in o)r&&n in r||Je(t.style,n);if(r)for(n in r)o&&r[n]==o[n]||Je(t.style,n,r[n])}else if(n[0]=="o"&&n[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(t.__e||(t.__e={}))[n]=r,r&&o||(s=De[n]||(De[n]=Rn(n)),(t.__a||(t.__a={}))[n]=$e,i=n!=(n=n.replace(Ze,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),r?t.addEventListener(n,s,i):t.removeEventListener(n,s,i));else{if(a=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in t)try{return void(t[n]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&n[4]!="-"?t.removeAttribute(n):t.setAttribute(n,n=="popover"&&r==1?"":r)}}function Rn(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[ge]==null)n[ge]=$e++;else if(n[ge]<this.__a[t])return;return r(D.event?D.event(n):n)}}}function Ie(t,n,r,o,a,i,s,u,c,_){var d,f,m,l,P,T,S,C,b,E,p,j,Q,U,K,g,q,h,A=n.type;if(n.constructor!==le)return null;128&r.__u&&(c=32&r.__u,d=r.__c.__z)&&(n.__u|=c,f=i=[],d.nodeType==8?u=_e(d,i):i.push(d),u=i[0]||u),(d=D.__b)&&d(n);e:if(typeof A=="function"){m=s.length;try{if(C=n.props,b=(d=A.prototype)&&d.render,E=(d=A.contextType)&&o[d.__c],p=d?E?E.props.value:d.__:o,(l=r.__c)?(n.__c=l,2&l.__g&&(l.__g|=1)):(b?n.__c=l=new A(C,p):(n.__c=l=new ye(C,p),l.constructor=A,l.render=qn),E&&E.sub(l),l.state||(l.state={}),l.__n=o,l.__g|=8,l.__h=[],l.__k=[]),b&&(l.__s||(l.__s=l.state),A.getDerivedStateFromProps&&(l.__s==l.state&&(l.__s=ee({},l.__s)),ee(l.__s,A.getDerivedStateFromProps(C,l.__s)))),P=l.props,T=l.state,l.__v=n,r.__c){if(C!==P&&b&&!A.getDerivedStateFromProps&&l.componentWillReceiveProps&&l.componentWillReceiveProps(C,p),n.__v==r.__v&&!(8&l.__g)||!(4&l.__g)&&l.shouldComponentUpdate&&l.shouldComponentUpdate(C,l.__s,p)===!1){n.__v!=r.__v&&(l.props=C,l.state=l.__s,l.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(I){I&&(I.__=n)}),be.push.apply(l.__h,l.__k),l.__k=[],l.__h.length&&s.push(l),u=Y(r);break e}l.componentWillUpdate&&l.componentWillUpdate(C,l.__s,p),b&&l.componentDidUpdate&&l.__h.push(function(){l.componentDidUpdate(P,T,S)})}else b&&!A.getDerivedStateFromProps&&l.componentWillMount&&l.componentWillMount(),b&&l.componentDidMount&&l.__h.push(l.componentDidMount);l.context=p,l.props=C,l.__P=t,l.__g&=-5,j=D.__r,Q=b?25:0;do l.__g&=-9,j&&j(n),d=l.render(l.props,l.state=l.__s,l.context);while(8&l.__g&&++Q<25);b&&(be.push.apply(l.__h,l.__k),l.__k=[]),l.state=l.__s,l.getChildContext&&(o=ee({},o,l.getChildContext())),b&&r.__c&&l.getSnapshotBeforeUpdate&&(S=l.getSnapshotBeforeUpdate(P,T)),U=d&&d.type===R&&d.key==null?d.props.children:d,C.__P&&(d=u,a=(t=C.__P).namespaceURI,c=i=null,r.props&&r.props.__P!=t&&(r.__k.some(function(I){I&&Ae(I,I)}),r.__k=null),u=r.__k?Y(r,0):null),u=rt(t,ve(U)?U:[U],n,r,o,a,i,s,u,c,_),C.__P&&(n.__e=null,u=d),n.__u&=-161,f&&f.some(Z),l.__h.length&&s.push(l),1&l.__g&&(l.__g&=-4)}catch(I){if(s.length=m,n.__v=null,c||i)if(I&&I.then){if(n.__u|=128|c,i){for(~(q=i.indexOf(u||void 0))||(q=i.length);(h=i[q-1])&&h.nodeType==8;)q--;for(;q<i.length;q++)if(h=i[q])if(i[q]=null,K){if(h==g)break}else{if(h.nodeType!=8)break;h.data.startsWith("$s")&&(g=_e(K=h))}}if(!K){for(;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;K=u}(d=_e(K=n.__c.__z||(n.__c.__z=K)))?(n.__e=K,u=d):n.__e=u,u=u&&u.nextSibling}else i&&i.some(Z);else n.__e=r.__e;n.__k||(n.__k=r.__k||[]),I&&I.then||at(n),D.__e(I,n,r)}}else u=n.__e=Nn(r.__e,n,r,o,a,i,s,c,_,t);return(d=D.diffed)&&d(n),u}function _e(t,n){if(t&&t.nodeType==8&&t.data.startsWith("$s"))for(var r=1;t=t.nextSibling;){if(t.nodeType==8){if(t.data.startsWith("$s"))r++;else if(t.data.startsWith("/$s")&&!--r)return t}n&&n.push(t)}}function at(t){t&&(t.__c&&(t.__c.__g|=4),t.__k&&t.__k.some(at))}function it(t,n,r){for(var o=0;o<r.length;)Te(r[o++],r[o++],r[o++]);D.__c&&D.__c(n,t),t.some(function(a){try{t=a.__h,a.__h=[],t.some(function(i){i.call(a)})}catch(i){D.__e(i,a.__v)}})}function Nn(t,n,r,o,a,i,s,u,c,_){var d,f,m,l,P,T,S,C,b=r.props||Pe,E=n.props,p=n.type;if(p=="svg"?a="http://www.w3.org/2000/svg":p=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),i){for(d=0;d<i.length;d++)if((P=i[d])&&(p?P.localName==p:P.nodeType==3)){t=P,i[d]=null;break}}if(!t){if(C=_.ownerDocument||document,!p)return C.createTextNode(E);t=C.createElementNS(a,p,E.is?E:_),u&&(D.__m&&D.__m(n,i),u=!1),i=null}if(p){if(_=p=="template"&&t.content||t,i=p=="textarea"&&E.defaultValue!=null?null:i&&et.call(_.childNodes),!u&&i)for(b={},d=0;d<t.attributes.length;d++)b[(P=t.attributes[d]).name]=P.value;for(d in b)P=b[d],d=="dangerouslySetInnerHTML"?m=P:d=="children"||d in E||d=="value"&&"defaultValue"in E||d=="checked"&&"defaultChecked"in E||me(t,d,null,P,a);for(d in E)P=E[d],d=="children"?l=P:d=="dangerouslySetInnerHTML"?f=P:d=="value"?T=P:d=="checked"?S=P:u&&typeof P!="function"||b[d]===P||me(t,d,P,b[d],a);f?(u||m&&(f.__html==m.__html||f.__html==t.innerHTML)||(t.innerHTML=f.__html),n.__k=[]):(m&&(t.textContent=""),(p=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&In.test(p))&&(a="http://www.w3.org/1999/xhtml"),rt(_,ve(l)?l:[l],n,r,o,a,i,s,i?i[0]:r.__k&&Y(r,0),u,c),i&&i.some(Z)),u&&p!="textarea"||(d="value",p=="progress"&&T==null?t.removeAttribute(d):T==null||T===t[d]&&(p!="progress"||T)||me(t,d,T,b[d],a),d="checked",S!=null&&S!=t[d]&&me(t,d,S,b[d],a))}else b===E||u&&t.data==E||(t.data=E);return t}function Te(t,n,r,o){try{typeof t=="function"?n?n.__x=t(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():t(null)):t.current=n}catch(a){D.__e(a,r)}}function Ae(t,n,r){var o,a,i,s;if(D.unmount&&D.unmount(t),!(o=t.ref)||o.current&&o.current!=t.__e||Te(o,null,n,t),o=t.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(u){D.__e(u,n)}o.__P=o.__n=null}if(o=t.__k)for(s=0;s<o.length;s++)o[s]&&Ae(o[s],n,typeof t.type!="function"||r&&!t.props.__P);!r&&(o=t.__c)&&(o=o.__z)&&(a=_e(o,i=[]))&&(o==t.__e&&i.some(Z),Z(a),Z(o)),r||Z(t.__e),t.__e=t.__c=t.__=null}function qn(t,n,r){return this.constructor(t,r)}function st(t,n){var r,o,a,i;D.__&&D.__(t,n),n.nodeType==9&&(n=n.documentElement),o=(r=t&&32&t.__u)?null:n.__k,n.__k=fe(R,{children:[t]}),a=[],i=[],Ie(n,n.__k,o||Pe,Pe,n.namespaceURI,o?null:n.firstChild?et.call(n.childNodes):null,a,o?o.__e:n.firstChild,r,i),it(a,n.__k,i),n.__k.props.children=null}D={__e:function(t,n,r,o){for(var a,i,s;n=n.__;)if((a=n.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(i=a.constructor)&&i.getDerivedStateFromError)&&a.setState(i.getDerivedStateFromError(t)),a.componentDidCatch&&(a.componentDidCatch(t,o||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(u){t=u}}throw he=0,t}},Ye=0,$n=function(t){return t!=null&&t.constructor===le},ye.prototype.setState=function(t,n){var r=this.__s;r&&r!=this.state||(r=this.__s=ee({},this.state)),typeof t=="function"&&(t=t(ee({},r),this.props)),t&&(ee(r,t),this.__v&&(n&&this.__k.push(n),Ge(this)))},ye.prototype.forceUpdate=function(t){this.__v&&(this.__g|=4,t&&this.__h.push(t),Ge(this))},ye.prototype.render=R,J=[],he=0,Xe=function(t,n){return t.__v.__b-n.__v.__b},ge=Symbol(),Ze=/(PointerCapture)$|Capture$/i,$e=0,De={},vn=0;var de,O,Ee,lt,Re=Object.is,pe=0,_t=[],Ne=[],M=D,ut=M.__b,dt=M.__r,pt=M.diffed,ct=M.__c,mt=M.unmount,gt=M.__;function Me(t,n){M.__h&&M.__h(O,t,pe||n),pe=0;var r=O.__H||(O.__H={__:[],__h:[]});return t>=r.__.length&&r.__.push({}),r.__[t]}function y(t){return pe=1,Mn(kt,t)}function Mn(t,n,r){var o=Me(de++,2);if(o.t=t,!o.__c&&(o.__=[r?r(n):kt(void 0,n),function(i){var s=(o.__N||o.__)[0],u=o.t(s,i);Re(s,u)||(o.__N=[u,o.__[1]],o.__c.setState({}))}],o.__c=O,!O.__f)){O.__f=!0;var a=O.shouldComponentUpdate;O.shouldComponentUpdate=function(i,s,u){var c=this.__H;if(!c)return!0;var _=!1,d=this.props!=i;if(c.__.some(function(m){m.__N&&(_=!0,Re(m.__[0],m.__N[0])||(d=!0))}),a){var f=a.call(this,i,s,u);return _?f||d:f}return!_||d}}return o.__}function B(t,n){var r=Me(de++,3);!M.__s&&St(r.__H,n)&&(r.__P=!0,r.__=t,r.u=n,O.__H.__h.push(r))}function ht(t){return pe=5,Pt(function(){return{current:t}},[])}function Pt(t,n){var r=Me(de++,7);return St(r.__H,n)&&(r.__=t(),r.__H=n),r.__}function bt(t,n){return pe=8,Pt(function(){return t},n)}function On(){var t;do{for(;t=Ne.shift();)try{ue(t)}catch(r){M.__e(r,{__:(t=t.__P)&&t.__v})}for(;t=_t.shift();){var n=t.__H;if(t.__P&&n)try{n.__h.some(ue),n.__h.some(qe),n.__h=[]}catch(r){n.__h=[],M.__e(r,t.__v)}}}while(Ne.length)}M.__b=function(t){O=null,ut&&ut(t)},M.__=function(t,n){t&&n.__k&&n.__k.__m&&(t.__m=n.__k.__m),gt&&gt(t,n)},M.__r=function(t){dt&&dt(t),de=0;var n=(O=t.__c).__H;n&&(Ee==O?O.__h=[]:(n.__h.some(ue),n.__h.some(qe),de=0),n.__h=[],n.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),Ee=O},M.diffed=function(t){pt&&pt(t);var n=t.__c;n&&n.__H&&(n.__H.__h.length&&yt(_t.push(n)),n.__H.__.some(function(r){r.u&&(r.__H=r.u)})),Ee=O=null},M.__c=function(t,n){n.some(function(r){try{r.__h.some(ue),r.__h=r.__h.filter(function(o){return!o.__||qe(o)})}catch(o){r.__h=[function(){throw o}]}}),ct&&ct(t,n)},M.unmount=function(t){mt&&mt(t);var n,r,o=t.__c;o&&o.__H&&(o.__H.__.some(function(a){try{if(a.__P&&a.__c){if(r===void 0){for(r=t.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}a.__P=r,yt(Ne.push(a))}else ue(a)}catch(i){n=i}}),o.__H=void 0,n&&M.__e(n,o.__v))};var ft=typeof requestAnimationFrame=="function";function Ln(t){var n,r=function(){clearTimeout(o),ft&&cancelAnimationFrame(n),setTimeout(t)},o=setTimeout(r,35);ft&&(n=requestAnimationFrame(r))}function yt(t){t!=1&&lt==M.requestAnimationFrame||((lt=M.requestAnimationFrame)||Ln)(On)}function ue(t){var n=O,r=t.__c;typeof r=="function"&&(t.__c=void 0,r()),O=n}function qe(t){var n=O;t.__c=t.__(),O=n}function St(t,n){return!t||t.length!=n.length||n.some(function(r,o){return!Re(r,t[o])})}function kt(t,n){return typeof n=="function"?n(t):n}var v=class extends String{__apiType;value;__meta__;constructor(n,r){super(n),this.value=n,this.__meta__=r}toString(){return this.value}},wt=new v(`
    query PortalFrame {
  municipality {
    name
    deskName
    phone
    primaryColor
    secondaryColor
  }
}
    `),xt=new v(`
    mutation PortalSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    message
  }
}
    `),Ct=new v(`
    mutation PortalConfirmSignUp($token: String!, $password: String!) {
  confirmSignUp(token: $token, password: $password) {
    token
  }
}
    `),Dt=new v(`
    mutation PortalLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `),$t=new v(`
    mutation PortalLogout {
  logout
}
    `),vt=new v(`
    mutation PortalVerifyEmail($token: String!) {
  verifyEmail(token: $token)
}
    `),It=new v(`
    mutation PortalRequestReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `),Tt=new v(`
    mutation PortalResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, newPassword: $password) {
    token
  }
}
    `),At=new v(`
    query PortalCaseStudies($first: Int, $after: String, $filter: CaseStudyFilter) {
  caseStudies(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        locality
        category
        summary
        startOn
        tags
      }
    }
  }
}
    `),Et=new v(`
    query PortalCaseStudy($id: ID!) {
  caseStudy(id: $id) {
    id
    title
    locality
    program
    category
    partners {
      id
      name
    }
    startOn
    endOn
    dateNote
    summary
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    tags
    media {
      id
      url
      alt
      contentType
    }
  }
}
    `),Rt=new v(`
    query PortalAgreements($first: Int, $after: String, $filter: AgreementFilter) {
  agreements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: SIGNED_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        title
        purpose
        status
        parties {
          id
          name
        }
        signedOn(format: WAREKI)
        termStartOn(format: WAREKI)
        termEndOn(format: WAREKI)
        items
        merits {
          side
          description
        }
      }
    }
  }
}
    `),Nt=new v(`
    query PortalMethods {
  collaborationMethods(first: 50) {
    edges {
      node {
        id
        name
        description
      }
    }
  }
}
    `),qt=new v(`
    mutation PortalInquiry($input: InquiryInput!) {
  submitInquiry(input: $input)
}
    `),Mt=new v(`
    query PortalMyProposals($first: Int, $after: String, $filter: ProposalFilter) {
  me {
    id
    displayName
    email
    emailVerified
    organization {
      id
      name
    }
  }
  proposals(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: UPDATED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        status
        submittedAt
        updatedAt
        unreadMessageCount
      }
    }
  }
}
    `),Ot=new v(`
    mutation PortalRequestVerification {
  requestEmailVerification
}
    `),Lt=new v(`
    query PortalProposalForm {
  me {
    id
    displayName
    email
    emailVerified
    organization {
      name
    }
  }
  proposalTerms {
    version
    text
  }
  collaborationMethods(first: 50) {
    edges {
      node {
        id
        name
      }
    }
  }
  challenges(first: 50, filter: { isOpen: true }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),Ut=new v(`
    mutation PortalCreateProposal($input: CreateProposalInput!) {
  createProposal(input: $input) {
    proposal {
      id
    }
  }
}
    `),Vt=new v(`
    mutation PortalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),Ft=new v(`
    mutation PortalSubmitProposal($id: ID!, $acceptTerms: Boolean!) {
  submitProposal(id: $id, acceptTerms: $acceptTerms) {
    proposal {
      id
      status
    }
  }
}
    `),Kt=new v(`
    query PortalProposal($id: ID!) {
  proposal(id: $id) {
    id
    kind
    title
    summary
    body
    desiredScheme
    status
    submittedAt
    decidedAt
    challenge {
      id
      title
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    contact {
      affiliation
      name
      email
      phone
    }
    messages {
      id
      body
      internal
      createdAt
      author {
        kind
        displayName
        department {
          name
        }
      }
    }
    history {
      action
      from
      to
      reason
      at
    }
    attachments {
      id
      fileName
      size
      downloadUrl
      createdAt
    }
    viewerActions
    unreadMessageCount
  }
  proposalTerms {
    version
    text
  }
}
    `),Bt=new v(`
    mutation PortalPostMessage($id: ID!, $body: String!) {
  postProposalMessage(proposalId: $id, body: $body, internal: false) {
    proposal {
      id
    }
  }
}
    `),Wt=new v(`
    mutation PortalWithdraw($id: ID!, $reason: String) {
  withdrawProposal(id: $id, reason: $reason) {
    proposal {
      id
      status
    }
  }
}
    `),Ht=new v(`
    mutation PortalMarkRead($id: ID!) {
  markProposalRead(id: $id) {
    proposal {
      id
    }
  }
}
    `),zt=new v(`
    query PortalTop {
  municipality {
    name
    deskName
    deskDepartment
    postalCode
    address
    phone
    email
  }
  announcements(first: 5, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
    edges {
      node {
        id
        title
        body
        category
        publishedAt
      }
    }
  }
  challenges(
    first: 10
    filter: { isOpen: true }
    orderBy: { field: CLOSES_AT, direction: ASC }
  ) {
    totalCount
    edges {
      node {
        id
        title
        background
        desiredOutcome
        tags
        closesAt
        department {
          name
        }
      }
    }
  }
}
    `);var Vn={"\n  query PortalFrame {\n    municipality {\n      name\n      deskName\n      phone\n      primaryColor\n      secondaryColor\n    }\n  }\n":wt,"\n  mutation PortalSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      message\n    }\n  }\n":xt,"\n  mutation PortalConfirmSignUp($token: String!, $password: String!) {\n    confirmSignUp(token: $token, password: $password) {\n      token\n    }\n  }\n":Ct,"\n  mutation PortalLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n":Dt,"\n  mutation PortalLogout {\n    logout\n  }\n":$t,"\n  mutation PortalVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n":vt,"\n  mutation PortalRequestReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n":It,"\n  mutation PortalResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, newPassword: $password) {\n      token\n    }\n  }\n":Tt,"\n  query PortalCaseStudies($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          locality\n          category\n          summary\n          startOn\n          tags\n        }\n      }\n    }\n  }\n":At,"\n  query PortalCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      media {\n        id\n        url\n        alt\n        contentType\n      }\n    }\n  }\n":Et,"\n  query PortalAgreements($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          purpose\n          status\n          parties {\n            id\n            name\n          }\n          signedOn(format: WAREKI)\n          termStartOn(format: WAREKI)\n          termEndOn(format: WAREKI)\n          items\n          merits {\n            side\n            description\n          }\n        }\n      }\n    }\n  }\n":Rt,"\n  query PortalMethods {\n    collaborationMethods(first: 50) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n  }\n":Nt,"\n  mutation PortalInquiry($input: InquiryInput!) {\n    submitInquiry(input: $input)\n  }\n":qt,"\n  query PortalMyProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      organization {\n        id\n        name\n      }\n    }\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          submittedAt\n          updatedAt\n          unreadMessageCount\n        }\n      }\n    }\n  }\n":Mt,"\n  mutation PortalRequestVerification {\n    requestEmailVerification\n  }\n":Ot,"\n  query PortalProposalForm {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      organization {\n        name\n      }\n    }\n    proposalTerms {\n      version\n      text\n    }\n    collaborationMethods(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    challenges(first: 50, filter: { isOpen: true }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Lt,"\n  mutation PortalCreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      proposal {\n        id\n      }\n    }\n  }\n":Ut,"\n  mutation PortalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":Vt,"\n  mutation PortalSubmitProposal($id: ID!, $acceptTerms: Boolean!) {\n    submitProposal(id: $id, acceptTerms: $acceptTerms) {\n      proposal {\n        id\n        status\n      }\n    }\n  }\n":Ft,"\n  query PortalProposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      kind\n      title\n      summary\n      body\n      desiredScheme\n      status\n      submittedAt\n      decidedAt\n      challenge {\n        id\n        title\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      contact {\n        affiliation\n        name\n        email\n        phone\n      }\n      messages {\n        id\n        body\n        internal\n        createdAt\n        author {\n          kind\n          displayName\n          department {\n            name\n          }\n        }\n      }\n      history {\n        action\n        from\n        to\n        reason\n        at\n      }\n      attachments {\n        id\n        fileName\n        size\n        downloadUrl\n        createdAt\n      }\n      viewerActions\n      unreadMessageCount\n    }\n    proposalTerms {\n      version\n      text\n    }\n  }\n":Kt,"\n  mutation PortalPostMessage($id: ID!, $body: String!) {\n    postProposalMessage(proposalId: $id, body: $body, internal: false) {\n      proposal {\n        id\n      }\n    }\n  }\n":Bt,"\n  mutation PortalWithdraw($id: ID!, $reason: String) {\n    withdrawProposal(id: $id, reason: $reason) {\n      proposal {\n        id\n        status\n      }\n    }\n  }\n":Wt,"\n  mutation PortalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        id\n      }\n    }\n  }\n":Ht,"\n  query PortalTop {\n    municipality {\n      name\n      deskName\n      deskDepartment\n      postalCode\n      address\n      phone\n      email\n    }\n    announcements(first: 5, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          title\n          body\n          category\n          publishedAt\n        }\n      }\n    }\n    challenges(first: 10, filter: { isOpen: true }, orderBy: { field: CLOSES_AT, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          background\n          desiredOutcome\n          tags\n          closesAt\n          department {\n            name\n          }\n        }\n      }\n    }\n  }\n":zt};function w(t){return Vn[t]??{}}var Qt=window.PPPDESK_PORTAL??{apiUrl:"http://localhost:8080",municipality:"aomori"},Oe=new URL(Qt.apiUrl.replace(/\/*$/,"/"),location.href),Se=Qt.municipality;var Le="pppdesk.portal.token";function ae(){return sessionStorage.getItem(Le)}var Ue=new Set;function te(t){t?sessionStorage.setItem(Le,t):sessionStorage.removeItem(Le),Ue.forEach(n=>n())}function jt(t){return Ue.add(t),()=>Ue.delete(t)}var Fn=new URL("graphql",Oe),Gt={BAD_USER_INPUT:"入力内容を確認してください。",CONFLICT:"ほかの操作と重なったか、いまの状態ではできない操作です。画面を読み込み直してください。",FORBIDDEN:"この操作はできません。",NOT_FOUND:"見つかりませんでした。",UNAUTHENTICATED:"ログインが必要です（または有効期限が切れました）。",RATE_LIMITED:"操作が続いたため、しばらく受け付けられません。少し待ってからお試しください。",UNAVAILABLE:"サーバーが応答できません。しばらくしてからお試しください。",INTERNAL:"予期しないエラーが起きました。",NETWORK:"サーバーに接続できません。通信環境を確認してください。"},W=class extends Error{constructor(r,o,a){super(o);this.code=r;this.serverMessage=o;this.field=a}code;serverMessage;field;sentence(){let r=[Gt[this.code]];return this.field&&r.push(`（項目: ${this.field}）`),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&r.push(`サーバーの説明: ${this.serverMessage}`),r.join(" ")}},Kn=new Set(Object.keys(Gt));function Bn(t){let n=t.extensions?.code??"INTERNAL";return new W(Kn.has(n)?n:"INTERNAL",t.message,t.extensions?.field)}async function Jt(t,n){let r=ae();r&&(n.Authorization=`Bearer ${r}`),n.Accept="application/graphql-response+json, application/json",n["X-Municipality"]=Se;let o;try{o=await fetch(Fn,{...t,headers:n,credentials:"omit",mode:"cors",cache:"no-store"})}catch{throw new W("NETWORK","")}let a;try{a=await o.json()}catch{throw new W(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(a.errors&&a.errors.length>0){let i=Bn(a.errors[0]);throw i.code==="UNAUTHENTICATED"&&r&&te(null),i}if(!a.data)throw new W("INTERNAL",`HTTP ${o.status}`);return a.data}function N(t,n){return Jt({method:"POST",body:JSON.stringify({query:t.toString(),variables:n})},{"Content-Type":"application/json"})}function ke(t,n,r,o){let a=new FormData;return a.append("operations",JSON.stringify({query:t.toString(),variables:n})),a.append("map",JSON.stringify({0:[r]})),a.append("0",o,o.name),Jt({method:"POST",body:a},{"GraphQL-Require-Preflight":"1"})}function Ve(t){return new URL(t.replace(/^\/+/,""),Oe).toString()}async function Yt(t,n){let r=ae(),o;try{o=await fetch(Ve(t),{headers:r?{Authorization:`Bearer ${r}`,"X-Municipality":Se}:{"X-Municipality":Se},credentials:"omit",mode:"cors"})}catch{throw new W("NETWORK","")}if(o.status===401)throw new W("UNAUTHENTICATED","");if(o.status===403)throw new W("FORBIDDEN","");if(o.status===404)throw new W("NOT_FOUND","");if(!o.ok)throw new W(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let a=URL.createObjectURL(await o.blob()),i=document.createElement("a");i.href=a,i.download=n,document.body.appendChild(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(a),1e4)}function Xt(t){return t instanceof W?t:new W("INTERNAL",String(t))}function V(t,n,r=!1){let o=JSON.stringify(n),[a,i]=y(void 0),[s,u]=y(void 0),[c,_]=y(!r),d=ht(0),f=bt(async()=>{if(r)return;let m=++d.current;_(!0);try{let l=await N(t,JSON.parse(o));m===d.current&&(i(l),u(void 0))}catch(l){m===d.current&&u(Xt(l))}finally{m===d.current&&_(!1)}},[t,o,r]);return B(()=>{f()},[f]),{data:a,error:s,loading:c,reload:f}}function L(t){let[n,r]=y(!1),[o,a]=y(void 0);return{run:async(...s)=>{r(!0),a(void 0);try{return await t(...s)}catch(u){a(Xt(u));return}finally{r(!1)}},busy:n,error:o}}function Fe(){let[t,n]=y(()=>ae()!==null);return B(()=>jt(()=>n(ae()!==null)),[]),t}function Zt(){let t=location.hash.replace(/^#/,"")||"/",n=t.indexOf("?");return n<0?{path:t,query:new URLSearchParams}:{path:t.slice(0,n),query:new URLSearchParams(t.slice(n+1))}}function en(){let[t,n]=y(Zt);return B(()=>{let r=()=>n(Zt());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),t}function k(t,n){let r=new URLSearchParams;for(let[a,i]of Object.entries(n??{}))i&&r.set(a,i);let o=r.toString();return`#${t}${o?`?${o}`:""}`}function ne(t,n){location.hash=k(t,n)}function Ke(t,n){let r=t.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(r.length!==o.length)return null;let a={};for(let i=0;i<r.length;i++){let s=r[i];if(s.startsWith(":"))a[s.slice(1)]=decodeURIComponent(o[i]);else if(s!==o[i])return null}return a}var Wn=Symbol.for("pv"),Hn=0;function e(t,n,r,o,a,i){n||(n={});var s,u,c=n;if("ref"in c&&typeof t!="function")for(u in c={},n)u=="ref"?s=n[u]:c[u]=n[u];var _={type:t,props:c,key:r,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Wn,__v:--Hn,__i:-1,__u:0};return(a||i)&&(_.__source=a,_.__self=i),D.vnode&&D.vnode(_),_}function x({error:t}){return t?e("p",{class:"error",role:"alert",children:t.sentence()}):null}function F(){return e("p",{class:"loading","aria-busy":"true",children:"読み込み中…"})}function z({children:t}){return e("p",{class:"notice",role:"status",children:t})}function $({title:t,children:n}){return B(()=>{document.title=`${t} | 公民連携ポータル`},[t]),e(R,{children:[e("h1",{children:t}),n]})}function ie({label:t,stack:n,hasNext:r,endCursor:o,onMove:a}){return e("nav",{class:"pager","aria-label":t,children:[e("button",{type:"button",disabled:n.length===0,onClick:()=>a(n.slice(0,-1)),children:"前のページ"}),e("span",{children:[n.length+1,"ページ目"]}),e("button",{type:"button",disabled:!r||!o,onClick:()=>o&&a([...n,o]),children:"次のページ"})]})}function H({text:t}){return e(R,{children:t.split(/\n{2,}/).filter(n=>n.trim()!=="").map((n,r)=>e("p",{class:"pre",children:n},r))})}var zn=w(`
  mutation PortalSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      message
    }
  }
`),Qn=w(`
  mutation PortalConfirmSignUp($token: String!, $password: String!) {
    confirmSignUp(token: $token, password: $password) {
      token
    }
  }
`),jn=w(`
  mutation PortalLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`),Gn=w(`
  mutation PortalLogout {
    logout
  }
`),Jn=w(`
  mutation PortalVerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`),Yn=w(`
  mutation PortalRequestReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`),Xn=w(`
  mutation PortalResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, newPassword: $password) {
      token
    }
  }
`),Zn=[["CORPORATION","法人（株式会社など）"],["SOLE_PROPRIETOR","個人事業主"],["NPO","NPO法人"],["ASSOCIATION","一般社団法人・協会・団体"],["UNIVERSITY","大学・高専・研究機関"],["FINANCIAL_INSTITUTION","金融機関"],["OTHER_GROUP","その他の団体"]];function tn(){let[t,n]=y({email:"",password:"",displayName:"",orgName:"",orgKind:"CORPORATION",corporateNumber:""}),r=L(()=>N(zn,{input:{email:t.email,password:t.password,displayName:t.displayName,organization:{name:t.orgName,kind:t.orgKind,...t.corporateNumber?{corporateNumber:t.corporateNumber}:{}}}})),o=a=>i=>n({...t,[a]:i.currentTarget.value});return e($,{title:"提案者の新規登録",children:[e("p",{children:"提案にはアカウントが必要です。登録するとメールで確認コードが届きます。"}),e("form",{"aria-label":"新規登録",class:"form",onSubmit:async a=>{a.preventDefault(),await r.run()&&(sessionStorage.setItem("pppdesk.portal.signup",t.email),ne("/confirm"))},children:[e("label",{children:["メールアドレス",e("span",{class:"req",children:"（必須）"}),e("input",{type:"email",autocomplete:"email",required:!0,value:t.email,onInput:o("email")})]}),e("label",{children:["パスワード（10文字以上）",e("span",{class:"req",children:"（必須）"}),e("input",{type:"password",autocomplete:"new-password",minLength:10,required:!0,value:t.password,onInput:o("password")})]}),e("label",{children:["お名前（表示名）",e("span",{class:"req",children:"（必須）"}),e("input",{autocomplete:"name",required:!0,value:t.displayName,onInput:o("displayName")})]}),e("fieldset",{children:[e("legend",{children:"代表する事業者等"}),e("label",{children:["名称",e("span",{class:"req",children:"（必須）"}),e("input",{autocomplete:"organization",required:!0,value:t.orgName,onInput:o("orgName")})]}),e("label",{children:["種類",e("select",{value:t.orgKind,onChange:o("orgKind"),children:Zn.map(([a,i])=>e("option",{value:a,children:i},a))})]}),e("label",{children:["法人番号（13桁、任意）",e("input",{inputMode:"numeric",value:t.corporateNumber,onInput:o("corporateNumber")})]})]}),e(x,{error:r.error}),e("button",{type:"submit",disabled:r.busy,children:"登録を申し込む"})]}),e("p",{children:["登録済みの方は ",e("a",{href:k("/signin"),children:"ログイン"})]})]})}function nn(){let[t,n]=y(""),[r,o]=y(""),a=sessionStorage.getItem("pppdesk.portal.signup"),i=L(()=>N(Qn,{token:t.trim(),password:r}));return e($,{title:"メールアドレスの確認",children:[e(z,{children:[a?`${a} に確認コードを送りました。`:"メールで届いた確認コードを入力してください。","メールに記載の確認コードと、登録時のパスワードを入力すると登録が完了します。"]}),e("form",{"aria-label":"確認コードの入力",class:"form",onSubmit:async s=>{s.preventDefault();let u=await i.run();u&&(sessionStorage.removeItem("pppdesk.portal.signup"),te(u.confirmSignUp.token),ne("/mypage",{welcome:"1"}))},children:[e("label",{children:["確認コード",e("span",{class:"req",children:"（必須）"}),e("input",{autocomplete:"one-time-code",required:!0,value:t,onInput:s=>n(s.currentTarget.value)})]}),e("label",{children:["パスワード",e("span",{class:"req",children:"（必須）"}),e("input",{type:"password",autocomplete:"current-password",required:!0,value:r,onInput:s=>o(s.currentTarget.value)})]}),e(x,{error:i.error}),e("button",{type:"submit",disabled:i.busy,children:"登録を完了する"})]})]})}function Be(){let[t,n]=y(""),[r,o]=y(""),a=L(()=>N(jn,{email:t,password:r})),i=L(()=>N(Yn,{email:t})),[s,u]=y(!1);return e($,{title:"ログイン",children:[e("form",{"aria-label":"ログイン",class:"form",onSubmit:async c=>{c.preventDefault();let _=await a.run();_&&(te(_.login.token),ne("/mypage"))},children:[e("label",{children:["メールアドレス",e("input",{type:"email",autocomplete:"email",required:!0,value:t,onInput:c=>n(c.currentTarget.value)})]}),e("label",{children:["パスワード",e("input",{type:"password",autocomplete:"current-password",required:!0,value:r,onInput:c=>o(c.currentTarget.value)})]}),e(x,{error:a.error}),e("button",{type:"submit",disabled:a.busy,children:"ログインする"})]}),e("section",{"aria-labelledby":"forgot",children:[e("h2",{id:"forgot",children:"パスワードを忘れた方"}),e("p",{children:"上の欄にメールアドレスを入れて押すと、再設定のリンクをメールで送ります。"}),e("button",{type:"button",disabled:i.busy||!t,onClick:async()=>{await i.run()&&u(!0)},children:"再設定のメールを送る"}),e(x,{error:i.error}),s&&e(z,{children:"登録があれば、再設定のリンクを送りました。"})]}),e("p",{children:["はじめての方は ",e("a",{href:k("/signup"),children:"新規登録"})]})]})}async function rn(){try{await N(Gn,{})}catch{}te(null),ne("/")}function on(){return new URLSearchParams(location.hash.replace(/^#/,"")).get("token")??""}function an(){let[t]=y(on),n=L(()=>N(Jn,{token:t})),[r,o]=y(!1);return B(()=>{t&&n.run().then(a=>{a&&o(!0)})},[t]),e($,{title:"メールアドレスの確認",children:[!t&&e("p",{children:"リンクに確認のトークンがありません。メールのリンクをそのまま開いてください。"}),n.busy&&e(F,{}),e(x,{error:n.error}),r&&e(z,{children:"メールアドレスを確認しました。提案を提出できます。"}),e("p",{children:e("a",{href:k("/mypage"),children:"マイページへ"})})]})}function sn(){let[t]=y(on),[n,r]=y(""),o=L(()=>N(Xn,{token:t,password:n}));return e($,{title:"パスワードの再設定",children:e("form",{"aria-label":"パスワードの再設定",class:"form",onSubmit:async a=>{a.preventDefault();let i=await o.run();i&&(te(i.resetPassword.token),location.replace(new URL(k("/mypage"),document.baseURI).toString()))},children:[e("label",{children:["新しいパスワード（10文字以上）",e("input",{type:"password",autocomplete:"new-password",minLength:10,required:!0,value:n,onInput:a=>r(a.currentTarget.value)})]}),e(x,{error:o.error}),e("button",{type:"submit",disabled:o.busy||!t,children:"設定してログインする"})]})})}var ln="Asia/Tokyo",un=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:ln}),er=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),tr=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:ln});function We(t){return t.replace(/(\D)1年/,"$1元年")}function se(t){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);return n?We(er.format(new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3]))))):t}function He(t){if(!t)return"";let n=new Date(t);return Number.isNaN(n.getTime())?t:We(un.format(n))}function X(t){if(!t)return"";let n=new Date(t);return Number.isNaN(n.getTime())?t:`${We(un.format(n))} ${tr.format(n)}`}var re={DRAFT:"下書き（未提出）",SUBMITTED:"提出済み",IN_DIALOGUE:"対話中",ACCEPTED:"採択",DECLINED:"不採択",WITHDRAWN:"取下げ"},ce={PARTNERSHIP:"連携事業",DEMONSTRATION:"実証実験",AGREEMENT:"連携協定",OTHER:"その他"},we={BUSINESS:"事業連携協定",COMPREHENSIVE:"包括連携協定",MEMORANDUM:"覚書"},dn={PLANNED:"締結予定",ACTIVE:"有効",EXPIRED:"期間満了",TERMINATED:"終了"},G={CITY:"市",PARTNER:"事業者等"},oe={PEOPLE:"ヒト",GOODS:"モノ",MONEY:"カネ",INFORMATION:"情報"};var nr=10,rr=w(`
  query PortalCaseStudies($first: Int, $after: String, $filter: CaseStudyFilter) {
    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          locality
          category
          summary
          startOn
          tags
        }
      }
    }
  }
`),or=Object.keys(ce);function pn(){let[t,n]=y(""),[r,o]=y(""),[a,i]=y(""),[s,u]=y({}),[c,_]=y([]),d=V(rr,{first:nr,after:c[c.length-1]??null,filter:s}),f=d.data?.caseStudies;return e($,{title:"連携事例",children:[e("form",{class:"filters","aria-label":"連携事例の絞り込み",onSubmit:m=>{m.preventDefault(),_([]),u({...t?{search:t}:{},...r?{category:r}:{},...a?{locality:a}:{}})},children:[e("label",{children:["キーワード",e("input",{type:"search",value:t,onInput:m=>n(m.currentTarget.value)})]}),e("label",{children:["分類",e("select",{value:r,onChange:m=>o(m.currentTarget.value),children:[e("option",{value:"",children:"すべて"}),or.map(m=>e("option",{value:m,children:ce[m]},m))]})]}),e("label",{children:["実施自治体",e("input",{value:a,onInput:m=>i(m.currentTarget.value)})]}),e("button",{type:"submit",children:"絞り込む"})]}),e(x,{error:d.error}),d.loading&&e(F,{}),f&&e(R,{children:[e("p",{role:"status",children:[f.totalCount,"件"]}),e("ul",{class:"cards",children:f.edges.map(({node:m})=>e("li",{class:"card",children:[e("h2",{children:e("a",{href:k("/case-studies/"+encodeURIComponent(m.id)),children:m.title})}),e("p",{class:"meta",children:[ce[m.category]," ・ ",m.locality," ",m.startOn&&`・ ${se(m.startOn)}〜`]}),e("p",{children:m.summary}),m.tags.length>0&&e("p",{class:"tags",children:m.tags.map(l=>e("span",{class:"tag",children:l},l))})]},m.id))}),e(ie,{label:"連携事例のページ",stack:c,hasNext:f.pageInfo.hasNextPage,endCursor:f.pageInfo.endCursor,onMove:_})]})]})}var ar=w(`
  query PortalCaseStudy($id: ID!) {
    caseStudy(id: $id) {
      id
      title
      locality
      program
      category
      partners {
        id
        name
      }
      startOn
      endOn
      dateNote
      summary
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      media {
        id
        url
        alt
        contentType
      }
    }
  }
`);function cn({id:t}){let n=V(ar,{id:t}),r=n.data?.caseStudy;return n.loading?e(F,{}):n.error?e(x,{error:n.error}):r?e($,{title:r.title,children:[e("p",{class:"meta",children:[ce[r.category]," ・ ",r.locality,r.program&&` ・ ${r.program}`]}),e("dl",{class:"facts",children:[e("dt",{children:"期間"}),e("dd",{children:[r.startOn?se(r.startOn):"",(r.startOn||r.endOn)&&"〜",r.endOn?se(r.endOn):""," ",r.dateNote]}),e("dt",{children:"連携先"}),e("dd",{children:r.partners.map(o=>o.name).join("、")||"—"})]}),e(H,{text:r.summary}),r.media.filter(o=>o.contentType.startsWith("image/")).map(o=>e("img",{src:Ve(o.url),alt:o.alt,class:"media"},o.id)),r.resources.length>0&&e("section",{"aria-labelledby":"cs-resources",children:[e("h2",{id:"cs-resources",children:"提供したリソース"}),e("ul",{children:r.resources.map((o,a)=>e("li",{children:[G[o.side],"（",oe[o.kind],"）: ",o.description]},a))})]}),r.merits.length>0&&e("section",{"aria-labelledby":"cs-merits",children:[e("h2",{id:"cs-merits",children:"メリット"}),e("ul",{children:r.merits.map((o,a)=>e("li",{children:[G[o.side],": ",o.description]},a))})]}),r.tags.length>0&&e("p",{class:"tags",children:r.tags.map(o=>e("span",{class:"tag",children:o},o))}),e("p",{children:e("a",{href:k("/case-studies"),children:"連携事例の一覧へ"})})]}):e($,{title:"連携事例が見つかりません",children:e("p",{children:e("a",{href:k("/case-studies"),children:"連携事例の一覧へ"})})})}var ir=w(`
  query PortalAgreements($first: Int, $after: String, $filter: AgreementFilter) {
    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          title
          purpose
          status
          parties {
            id
            name
          }
          signedOn(format: WAREKI)
          termStartOn(format: WAREKI)
          termEndOn(format: WAREKI)
          items
          merits {
            side
            description
          }
        }
      }
    }
  }
`),sr=Object.keys(we);function mn(){let[t,n]=y(""),[r,o]=y([]),a=V(ir,{first:10,after:r[r.length-1]??null,filter:t?{kind:t}:null}),i=a.data?.agreements;return e($,{title:"連携協定",children:[e("form",{class:"filters","aria-label":"協定の絞り込み",onSubmit:s=>s.preventDefault(),children:e("label",{children:["協定の種類",e("select",{value:t,onChange:s=>{o([]),n(s.currentTarget.value)},children:[e("option",{value:"",children:"すべて"}),sr.map(s=>e("option",{value:s,children:we[s]},s))]})]})}),e(x,{error:a.error}),a.loading&&e(F,{}),i&&e(R,{children:[e("p",{role:"status",children:[i.totalCount,"件"]}),e("ul",{class:"cards",children:i.edges.map(({node:s})=>e("li",{class:"card",children:[e("h2",{children:s.title}),e("p",{class:"meta",children:[we[s.kind]," ・ ",dn[s.status]]}),e("dl",{class:"facts",children:[e("dt",{children:"締結日"}),e("dd",{children:s.signedOn??"—"}),e("dt",{children:"期間"}),e("dd",{children:[s.termStartOn??"",(s.termStartOn||s.termEndOn)&&"〜",s.termEndOn??""]}),e("dt",{children:"協定先"}),e("dd",{children:s.parties.map(u=>u.name).join("、")||"—"})]}),e(H,{text:s.purpose}),s.items.length>0&&e(R,{children:[e("h3",{children:"連携事項"}),e("ul",{children:s.items.map((u,c)=>e("li",{children:u},c))})]}),s.merits.length>0&&e("ul",{children:s.merits.map((u,c)=>e("li",{children:[G[u.side],"のメリット: ",u.description]},c))})]},s.id))}),e(ie,{label:"協定のページ",stack:r,hasNext:i.pageInfo.hasNextPage,endCursor:i.pageInfo.endCursor,onMove:o})]})]})}var lr=w(`
  query PortalMethods {
    collaborationMethods(first: 50) {
      edges {
        node {
          id
          name
          description
        }
      }
    }
  }
`);function gn(){let t=V(lr,{});return e($,{title:"連携の手法",children:[e(x,{error:t.error}),t.loading&&e(F,{}),t.data&&e("dl",{class:"methods",children:t.data.collaborationMethods.edges.map(({node:n})=>e("div",{children:[e("dt",{children:n.name}),e("dd",{children:e(H,{text:n.description})})]},n.id))})]})}var ur=w(`
  mutation PortalInquiry($input: InquiryInput!) {
    submitInquiry(input: $input)
  }
`);function fn(){let[t,n]=y({affiliation:"",name:"",email:"",phone:"",subject:"",body:""}),[r,o]=y(!1),a=L(()=>N(ur,{input:t})),i=(s,u,c={})=>e("label",{children:[u,c.required&&e("span",{class:"req",children:"（必須）"}),c.area?e("textarea",{required:c.required,rows:6,value:t[s],onInput:_=>n({...t,[s]:_.currentTarget.value})}):e("input",{type:c.type??"text",required:c.required,value:t[s],onInput:_=>n({...t,[s]:_.currentTarget.value})})]});return r?e($,{title:"お問合せ",children:e(z,{children:"お問合せを受け付けました。担当者からご連絡します。"})}):e($,{title:"お問合せ",children:e("form",{"aria-label":"お問合せフォーム",class:"form",onSubmit:async s=>{s.preventDefault(),await a.run()&&o(!0)},children:[i("affiliation","所属（会社名など）"),i("name","氏名",{required:!0}),i("email","メールアドレス",{type:"email",required:!0}),i("phone","電話番号",{type:"tel"}),i("subject","件名",{required:!0}),i("body","内容",{required:!0,area:!0}),e(x,{error:a.error}),e("button",{type:"submit",disabled:a.busy,children:"送信する"})]})})}var dr=w(`
  query PortalMyProposals($first: Int, $after: String, $filter: ProposalFilter) {
    me {
      id
      displayName
      email
      emailVerified
      organization {
        id
        name
      }
    }
    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          submittedAt
          updatedAt
          unreadMessageCount
        }
      }
    }
  }
`),pr=w(`
  mutation PortalRequestVerification {
    requestEmailVerification
  }
`),cr=Object.keys(re);function yn({welcome:t}){let[n,r]=y(""),[o,a]=y([]),i=V(dr,{first:20,after:o[o.length-1]??null,filter:n?{status:n}:null}),s=L(()=>N(pr,{})),[u,c]=y(!1),_=i.data?.me,d=i.data?.proposals;return e($,{title:"マイページ（提案の一覧）",children:[t&&e(z,{children:"登録が完了しました。ようこそ。"}),e(x,{error:i.error}),i.loading&&e(F,{}),_&&e("section",{"aria-labelledby":"me-account",children:[e("h2",{id:"me-account",children:"アカウント"}),e("p",{children:[_.displayName,"（",_.organization?.name??"事業者等なし","） ",_.email]}),_.emailVerified?e("p",{class:"ok",children:"メールアドレスは確認済みです。"}):e("div",{class:"warn",children:[e("p",{children:"メールアドレスが未確認です。確認するまで提案を提出できません。"}),e("button",{type:"button",disabled:s.busy,onClick:async()=>{await s.run()&&c(!0)},children:"確認メールを送る"}),e(x,{error:s.error}),u&&e(z,{children:"確認のリンクをメールで送りました。"})]})]}),d&&e("section",{"aria-labelledby":"me-proposals",children:[e("h2",{id:"me-proposals",children:"提案の一覧"}),e("p",{children:e("a",{class:"button",href:k("/proposals/new"),children:"新しい提案を書く"})}),e("form",{class:"filters","aria-label":"提案の絞り込み",onSubmit:f=>f.preventDefault(),children:e("label",{children:["状態",e("select",{value:n,onChange:f=>{a([]),r(f.currentTarget.value)},children:[e("option",{value:"",children:"すべて"}),cr.map(f=>e("option",{value:f,children:re[f]},f))]})]})}),d.edges.length===0?e("p",{children:"提案はまだありません。"}):e("table",{class:"list",children:[e("caption",{children:["提案 ",d.totalCount,"件"]}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:"件名"}),e("th",{scope:"col",children:"状態"}),e("th",{scope:"col",children:"提出日時"}),e("th",{scope:"col",children:"未読"})]})}),e("tbody",{children:d.edges.map(({node:f})=>e("tr",{"data-testid":"my-proposal",children:[e("td",{children:e("a",{href:k("/proposals/"+encodeURIComponent(f.id)),children:f.title})}),e("td",{children:e("span",{class:`status status-${f.status.toLowerCase()}`,children:re[f.status]})}),e("td",{children:X(f.submittedAt)||"—"}),e("td",{children:f.unreadMessageCount>0?`${f.unreadMessageCount}件`:""})]},f.id))})]}),e(ie,{label:"提案のページ",stack:o,hasNext:d.pageInfo.hasNextPage,endCursor:d.pageInfo.endCursor,onMove:a})]})]})}function _n(t){return null}function hn(t){return{}}var mr=w(`
  query PortalProposalForm {
    me {
      id
      displayName
      email
      emailVerified
      organization {
        name
      }
    }
    proposalTerms {
      version
      text
    }
    collaborationMethods(first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
    challenges(first: 50, filter: { isOpen: true }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),gr=w(`
  mutation PortalCreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      proposal {
        id
      }
    }
  }
`),Qe=w(`
  mutation PortalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`),je=w(`
  mutation PortalSubmitProposal($id: ID!, $acceptTerms: Boolean!) {
    submitProposal(id: $id, acceptTerms: $acceptTerms) {
      proposal {
        id
        status
      }
    }
  }
`),ze=["PARTNER","CITY"],fr=Object.keys(oe);function Pn({challengeId:t}){let n=V(mr,{}),[r,o]=y(t?"CHALLENGE":"FREE"),[a,i]=y(t),[s,u]=y({title:"",summary:"",body:"",desiredScheme:""}),[c,_]=y({}),[d,f]=y({CITY:"",PARTNER:""}),[m,l]=y(null),[P,T]=y([]),[S,C]=y(!1),[b,E]=y({}),[p,j]=y(""),Q=n.data?.me,U=m??{affiliation:Q?.organization?.name??"",name:Q?.displayName??"",email:Q?.email??"",phone:""},K=L(async()=>{let h=p;if(!h){h=(await N(gr,{input:{kind:r,...r==="CHALLENGE"&&a?{challengeId:a}:{},...s,resources:Object.entries(c).filter(([,I])=>I.trim()!=="").map(([I,xn])=>{let[Cn,Dn]=I.split(":");return{side:Cn,kind:Dn,description:xn.trim()}}),merits:ze.filter(I=>d[I].trim()!=="").map(I=>({side:I,description:d[I].trim()})),contact:U,...hn(b)}})).createProposal.proposal.id,j(h);for(let I of P)await ke(Qe,{proposalId:h,file:null},"variables.file",I)}return await N(je,{id:h,acceptTerms:S}),h});if(n.loading)return e(F,{});if(n.error||!n.data)return e(x,{error:n.error});if(!Q)return e($,{title:"提案する",children:e("p",{children:["提案には ",e("a",{href:k("/signin"),children:"ログイン"})," が必要です。はじめての方は ",e("a",{href:k("/signup"),children:"新規登録"})," へ。"]})});let g=h=>A=>u({...s,[h]:A.currentTarget.value}),q=h=>A=>l({...U,[h]:A.currentTarget.value});return e($,{title:"提案する",children:[!Q.emailVerified&&e("p",{class:"warn",children:"メールアドレスが未確認です。確認するまで提出できません（マイページから確認メールを送れます）。"}),e("form",{"aria-label":"提案フォーム",class:"form",onSubmit:async h=>{h.preventDefault();let A=await K.run();A&&ne("/proposals/"+encodeURIComponent(A),{sent:"1"})},children:[e("fieldset",{disabled:!!p,children:[e("legend",{children:"提案の内容"}),e("label",{children:["提案の種類",e("select",{value:r,onChange:h=>o(h.currentTarget.value),children:[e("option",{value:"FREE",children:"自由提案"}),e("option",{value:"CHALLENGE",children:"課題提案（募集中の行政課題への提案）"})]})]}),r==="CHALLENGE"&&e("label",{children:["行政課題",e("span",{class:"req",children:"（必須）"}),e("select",{required:!0,value:a,onChange:h=>i(h.currentTarget.value),children:[e("option",{value:"",children:"選んでください"}),n.data.challenges.edges.map(({node:h})=>e("option",{value:h.id,children:h.title},h.id))]})]}),e("label",{children:["件名",e("span",{class:"req",children:"（必須）"}),e("input",{required:!0,value:s.title,onInput:g("title")})]}),e("label",{children:["概要",e("span",{class:"req",children:"（必須）"}),e("textarea",{required:!0,rows:3,value:s.summary,onInput:g("summary")})]}),e("label",{children:["提案の内容",e("span",{class:"req",children:"（必須）"}),e("textarea",{required:!0,rows:8,value:s.body,onInput:g("body")})]}),e("label",{children:["希望する連携手法",e("select",{value:s.desiredScheme,onChange:g("desiredScheme"),children:[e("option",{value:"",children:"未定・相談したい"}),n.data.collaborationMethods.edges.map(({node:h})=>e("option",{value:h.name,children:h.name},h.id))]})]})]}),e("fieldset",{disabled:!!p,children:[e("legend",{children:"提供できるリソース・市に求めるリソース"}),e("div",{class:"grid",children:ze.map(h=>fr.map(A=>e("label",{children:[h==="PARTNER"?"事業者等が提供する":"市に求める",oe[A],e("input",{value:c[`${h}:${A}`]??"",onInput:I=>_({...c,[`${h}:${A}`]:I.currentTarget.value})})]},`${h}:${A}`)))})]}),e("fieldset",{disabled:!!p,children:[e("legend",{children:"期待されるメリット"}),ze.map(h=>e("label",{children:[G[h],"のメリット",e("input",{value:d[h],onInput:A=>f({...d,[h]:A.currentTarget.value})})]},h))]}),e(_n,{values:b,onChange:E}),e("fieldset",{disabled:!!p,children:[e("legend",{children:"連絡先"}),e("label",{children:["所属",e("span",{class:"req",children:"（必須）"}),e("input",{required:!0,value:U.affiliation,onInput:q("affiliation")})]}),e("label",{children:["担当者名",e("span",{class:"req",children:"（必須）"}),e("input",{required:!0,value:U.name,onInput:q("name")})]}),e("label",{children:["連絡先メールアドレス",e("span",{class:"req",children:"（必須）"}),e("input",{type:"email",required:!0,value:U.email,onInput:q("email")})]}),e("label",{children:["電話番号",e("span",{class:"req",children:"（必須）"}),e("input",{type:"tel",required:!0,value:U.phone,onInput:q("phone")})]})]}),e("fieldset",{disabled:!!p,children:[e("legend",{children:"添付ファイル"}),e("label",{children:["資料（複数可）",e("input",{type:"file",multiple:!0,onChange:h=>T(Array.from(h.currentTarget.files??[]))})]}),P.length>0&&e("ul",{"aria-label":"添付するファイル",children:P.map(h=>e("li",{children:[h.name,"（",Math.ceil(h.size/1024)," KB）"]},h.name))})]}),e("fieldset",{children:[e("legend",{children:"提案の留意事項"}),e("div",{class:"terms",tabIndex:0,role:"region","aria-label":`留意事項（第${n.data.proposalTerms.version}版）`,children:e(H,{text:n.data.proposalTerms.text})}),e("label",{class:"check",children:[e("input",{type:"checkbox",checked:S,onChange:h=>C(h.currentTarget.checked)}),"留意事項に同意します"]})]}),e(x,{error:K.error}),p&&e("p",{class:"warn",children:["提案は下書きとして保存されています。",e("a",{href:k("/proposals/"+encodeURIComponent(p)),children:"下書きを開く"})]}),e("button",{type:"submit",disabled:K.busy||!S,children:"提案を提出する"})]})]})}var yr=w(`
  query PortalProposal($id: ID!) {
    proposal(id: $id) {
      id
      kind
      title
      summary
      body
      desiredScheme
      status
      submittedAt
      decidedAt
      challenge {
        id
        title
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      contact {
        affiliation
        name
        email
        phone
      }
      messages {
        id
        body
        internal
        createdAt
        author {
          kind
          displayName
          department {
            name
          }
        }
      }
      history {
        action
        from
        to
        reason
        at
      }
      attachments {
        id
        fileName
        size
        downloadUrl
        createdAt
      }
      viewerActions
      unreadMessageCount
    }
    proposalTerms {
      version
      text
    }
  }
`),_r=w(`
  mutation PortalPostMessage($id: ID!, $body: String!) {
    postProposalMessage(proposalId: $id, body: $body, internal: false) {
      proposal {
        id
      }
    }
  }
`),hr=w(`
  mutation PortalWithdraw($id: ID!, $reason: String) {
    withdrawProposal(id: $id, reason: $reason) {
      proposal {
        id
        status
      }
    }
  }
`),Pr=w(`
  mutation PortalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        id
      }
    }
  }
`),br={CREATE:"作成",SUBMIT:"提出",ASSIGN:"担当課で検討",DECIDE:"採否の決定",WITHDRAW:"取下げ",LINK:"事業・協定への結び付け"},bn={PROPOSER:"提案者",DESK:"公民連携デスク",DEPARTMENT:"担当課"};function Sr(t){let n=t.displayName??t.department?.name;return n?`${n}（${bn[t.kind]}）`:bn[t.kind]}function Sn({s:t}){return e("span",{class:`status status-${t.toLowerCase()}`,children:re[t]})}function kn({id:t,sent:n}){let r=V(yr,{id:t}),[o,a]=y(""),[i,s]=y(""),[u,c]=y(!1),[_,d]=y(!1),[f,m]=y(null),[l,P]=y(""),T=L(async()=>{await N(_r,{id:t,body:o}),a(""),P("メッセージを送りました。"),await r.reload()}),S=L(async()=>{await N(hr,{id:t,reason:i||null}),P("提案を取り下げました。"),await r.reload()}),C=L(async()=>{await N(je,{id:t,acceptTerms:_}),P("提案を提出しました。"),await r.reload()}),b=L(async()=>{f&&(await ke(Qe,{proposalId:t,file:null},"variables.file",f),m(null),P(`${f.name} を添付しました。`),await r.reload())}),E=L((g,q)=>Yt(g,q)),p=r.data?.proposal,j=g=>!!p&&p.viewerActions.includes(g),Q=p?.unreadMessageCount??0;if(B(()=>{p&&Q>0&&p.viewerActions.includes("MARK_READ")&&N(Pr,{id:p.id}).catch(()=>{})},[p?.id,Q]),r.loading&&!p)return e(F,{});if(r.error&&!p)return e(x,{error:r.error});if(!p)return e($,{title:"提案が見つかりません",children:e("p",{children:e("a",{href:k("/mypage"),children:"マイページへ"})})});let U=[...p.history].reverse().find(g=>g.action==="DECIDE"),K=p.messages.filter(g=>!g.internal);return e($,{title:p.title,children:[n&&!l&&e(z,{children:"提案を受け付けました。デスクからの連絡をお待ちください。"}),l&&e(z,{children:l}),e(x,{error:r.error}),e("dl",{class:"facts",children:[e("dt",{children:"状態"}),e("dd",{"data-testid":"proposal-status",children:e(Sn,{s:p.status})}),e("dt",{children:"種類"}),e("dd",{children:p.kind==="CHALLENGE"?`課題提案（${p.challenge?.title??""}）`:"自由提案"}),e("dt",{children:"提出日時"}),e("dd",{children:X(p.submittedAt)||"—"}),p.decidedAt&&e(R,{children:[e("dt",{children:"採否の決定日時"}),e("dd",{children:X(p.decidedAt)})]})]}),U&&e("section",{"aria-labelledby":"pp-decision",class:"decision",children:[e("h2",{id:"pp-decision",children:["デスクの判断: ",U.to?re[U.to]:""]}),e("p",{class:"pre",children:U.reason})]}),e("section",{"aria-labelledby":"pp-dialogue",children:[e("h2",{id:"pp-dialogue",children:"対話"}),K.length===0&&e("p",{children:"メッセージはまだありません。"}),e("ol",{class:"messages",children:K.map(g=>e("li",{class:g.author.kind==="PROPOSER"?"mine":"theirs",children:[e("p",{class:"meta",children:[Sr(g.author)," ",X(g.createdAt)]}),e("p",{class:"pre",children:g.body})]},g.id))}),j("MESSAGE")&&e("form",{"aria-label":"メッセージを送る",class:"form",onSubmit:async g=>{g.preventDefault(),await T.run()},children:[e("label",{children:["デスクへのメッセージ",e("textarea",{required:!0,rows:4,value:o,onInput:g=>a(g.currentTarget.value)})]}),e(x,{error:T.error}),e("button",{type:"submit",disabled:T.busy||o.trim()==="",children:"メッセージを送る"})]})]}),e("section",{"aria-labelledby":"pp-files",children:[e("h2",{id:"pp-files",children:"添付ファイル"}),p.attachments.length===0&&e("p",{children:"添付ファイルはありません。"}),e("ul",{children:p.attachments.map(g=>e("li",{children:[e("button",{type:"button",class:"link",onClick:()=>{E.run(g.downloadUrl,g.fileName)},children:g.fileName})," ","（",Math.ceil(g.size/1024)," KB、",X(g.createdAt),"）"]},g.id))}),e(x,{error:E.error}),j("ATTACH")&&e("form",{"aria-label":"ファイルを添付する",class:"form",onSubmit:async g=>{g.preventDefault(),await b.run()},children:[e("label",{children:["追加するファイル",e("input",{type:"file",onChange:g=>m(g.currentTarget.files?.[0]??null)})]}),e(x,{error:b.error}),e("button",{type:"submit",disabled:b.busy||!f,children:"添付する"})]})]}),e("section",{"aria-labelledby":"pp-content",children:[e("h2",{id:"pp-content",children:"提案の内容"}),e("h3",{children:"概要"}),e(H,{text:p.summary}),e("h3",{children:"内容"}),e(H,{text:p.body}),p.desiredScheme&&e("p",{children:["希望する連携手法: ",p.desiredScheme]}),p.resources.length>0&&e("ul",{children:p.resources.map((g,q)=>e("li",{children:[G[g.side],"（",oe[g.kind],"）: ",g.description]},q))}),p.merits.length>0&&e("ul",{children:p.merits.map((g,q)=>e("li",{children:[G[g.side],"のメリット: ",g.description]},q))}),p.contact&&e("p",{children:["連絡先: ",p.contact.affiliation," ",p.contact.name," ",p.contact.email," ",p.contact.phone]})]}),j("SUBMIT")&&e("section",{"aria-labelledby":"pp-submit",children:[e("h2",{id:"pp-submit",children:"この下書きを提出する"}),e("div",{class:"terms",tabIndex:0,role:"region","aria-label":`留意事項（第${r.data.proposalTerms.version}版）`,children:e(H,{text:r.data.proposalTerms.text})}),e("label",{class:"check",children:[e("input",{type:"checkbox",checked:_,onChange:g=>d(g.currentTarget.checked)}),"留意事項に同意します"]}),e(x,{error:C.error}),e("button",{type:"button",disabled:C.busy||!_,onClick:()=>{C.run()},children:"提案を提出する"})]}),j("WITHDRAW")&&e("section",{"aria-labelledby":"pp-withdraw",children:[e("h2",{id:"pp-withdraw",children:"提案の取下げ"}),e("label",{children:["取下げの理由（任意）",e("textarea",{rows:3,value:i,onInput:g=>s(g.currentTarget.value)})]}),e("label",{class:"check",children:[e("input",{type:"checkbox",checked:u,onChange:g=>c(g.currentTarget.checked)}),"取り下げると元に戻せないことを確認しました"]}),e(x,{error:S.error}),e("button",{type:"button",class:"danger",disabled:S.busy||!u,onClick:()=>{S.run()},children:"提案を取り下げる"})]}),e("section",{"aria-labelledby":"pp-history",children:[e("h2",{id:"pp-history",children:"経過"}),e("ol",{class:"history",children:p.history.map((g,q)=>e("li",{children:[X(g.at)," ",br[g.action]??g.action,g.to&&e(R,{children:[" ","→ ",e(Sn,{s:g.to})]}),g.reason&&g.action!=="DECIDE"&&`（${g.reason}）`]},q))})]}),e("p",{children:e("a",{href:k("/mypage"),children:"マイページ（提案の一覧）へ"})})]})}var kr=w(`
  query PortalTop {
    municipality {
      name
      deskName
      deskDepartment
      postalCode
      address
      phone
      email
    }
    announcements(first: 5, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
      edges {
        node {
          id
          title
          body
          category
          publishedAt
        }
      }
    }
    challenges(first: 10, filter: { isOpen: true }, orderBy: { field: CLOSES_AT, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          title
          background
          desiredOutcome
          tags
          closesAt
          department {
            name
          }
        }
      }
    }
  }
`);function xe(t){return t.deskName.startsWith(t.name)?t.deskName:`${t.name} ${t.deskName}`}function wn(){let t=V(kr,{}),n=t.data?.municipality;return e($,{title:n?xe(n):"公民連携ポータル",children:[e(x,{error:t.error}),t.loading&&e(F,{}),t.data&&n&&e(R,{children:[e("section",{"aria-labelledby":"top-open",children:[e("h2",{id:"top-open",children:"募集中の行政課題"}),t.data.challenges.edges.length===0&&e("p",{children:"いま募集中の課題はありません。自由提案はいつでも受け付けています。"}),e("ul",{class:"cards",children:t.data.challenges.edges.map(({node:r})=>e("li",{class:"card",children:[e("h3",{children:r.title}),r.department&&e("p",{class:"meta",children:["担当: ",r.department.name]}),e(H,{text:r.background}),r.desiredOutcome&&e("p",{children:["期待する成果: ",r.desiredOutcome]}),r.closesAt&&e("p",{class:"meta",children:["締切: ",He(r.closesAt)]}),r.tags.length>0&&e("p",{class:"tags",children:r.tags.map(o=>e("span",{class:"tag",children:o},o))}),e("p",{children:e("a",{href:k("/proposals/new",{challenge:r.id}),children:"この課題に提案する"})})]},r.id))})]}),e("section",{"aria-labelledby":"top-news",children:[e("h2",{id:"top-news",children:"お知らせ"}),t.data.announcements.edges.length===0&&e("p",{children:"お知らせはありません。"}),e("ul",{class:"news",children:t.data.announcements.edges.map(({node:r})=>e("li",{children:e("details",{children:[e("summary",{children:[e("span",{class:"meta",children:r.publishedAt?He(r.publishedAt):""})," ",r.category&&e("span",{class:"tag",children:r.category})," ",r.title]}),e(H,{text:r.body})]})},r.id))})]}),e("section",{"aria-labelledby":"top-desk",children:[e("h2",{id:"top-desk",children:"窓口"}),e("address",{children:[e("p",{children:[n.deskName,"（",n.deskDepartment,"）"]}),e("p",{children:["〒",n.postalCode," ",n.address]}),e("p",{children:["電話: ",n.phone]}),n.email&&e("p",{children:["メール: ",n.email]})]}),e("p",{children:[e("a",{href:k("/contact"),children:"お問合せフォーム"})," ・ ",e("a",{href:k("/methods"),children:"連携の手法"})]}),e("p",{class:"meta",children:["この画面の日付は和暦で表示しています（例: ",se("2026-11-30"),"）。"]})]})]})]})}var wr=w(`
  query PortalFrame {
    municipality {
      name
      deskName
      phone
      primaryColor
      secondaryColor
    }
  }
`);function xr(){let t=location.pathname.replace(/\/+$/,"");return t.endsWith("/verify-email")?"verify":t.endsWith("/reset-password")?"reset":null}function Cr(){let{path:t,query:n}=en(),r=Fe();B(()=>window.scrollTo(0,0),[t]);let o=xr();if(o==="verify")return e(an,{});if(o==="reset")return e(sn,{});let a;return t==="/"?e(wn,{}):t==="/case-studies"?e(pn,{}):(a=Ke("/case-studies/:id",t))?e(cn,{id:a.id}):t==="/agreements"?e(mn,{}):t==="/methods"?e(gn,{}):t==="/contact"?e(fn,{}):t==="/signup"?e(tn,{}):t==="/confirm"?e(nn,{}):t==="/signin"?e(Be,{}):!r&&(t==="/mypage"||t.startsWith("/proposals"))?e(Be,{}):t==="/mypage"?e(yn,{welcome:n.get("welcome")==="1"}):t==="/proposals/new"?e(Pn,{challengeId:n.get("challenge")??""},n.get("challenge")??""):(a=Ke("/proposals/:id",t))?e(kn,{id:a.id,sent:n.get("sent")==="1"},a.id):e($,{title:"ページが見つかりません",children:e("p",{children:e("a",{href:k("/"),children:"トップへ"})})})}function Dr(){let t=V(wr,{}),n=Fe(),r=t.data?.municipality;return B(()=>{r?.primaryColor&&document.documentElement.style.setProperty("--primary",r.primaryColor),r?.secondaryColor&&document.documentElement.style.setProperty("--secondary",r.secondaryColor)},[r?.primaryColor,r?.secondaryColor]),e(R,{children:[e("a",{class:"skip",href:"#main",onClick:o=>(o.preventDefault(),document.getElementById("main")?.focus()),children:"本文へ移動"}),e("header",{class:"site",children:[e("p",{class:"brand",children:e("a",{href:k("/"),children:r?xe(r):"公民連携ポータル"})}),e("nav",{"aria-label":"メインメニュー",children:e("ul",{children:[e("li",{children:e("a",{href:k("/"),children:"トップ"})}),e("li",{children:e("a",{href:k("/case-studies"),children:"連携事例"})}),e("li",{children:e("a",{href:k("/agreements"),children:"連携協定"})}),e("li",{children:e("a",{href:k("/methods"),children:"連携の手法"})}),e("li",{children:e("a",{href:k("/contact"),children:"お問合せ"})})]})}),e("nav",{"aria-label":"提案者メニュー",children:e("ul",{children:n?e(R,{children:[e("li",{children:e("a",{href:k("/mypage"),children:"マイページ"})}),e("li",{children:e("a",{href:k("/proposals/new"),children:"提案する"})}),e("li",{children:e("button",{type:"button",class:"link",onClick:()=>{rn()},children:"ログアウト"})})]}):e(R,{children:[e("li",{children:e("a",{href:k("/signin"),children:"ログイン"})}),e("li",{children:e("a",{href:k("/signup"),children:"新規登録"})})]})})})]}),e("main",{id:"main",tabIndex:-1,children:e(Cr,{})}),e("footer",{class:"site",children:[e("p",{children:r?`${xe(r)}　電話 ${r.phone}`:""}),e("p",{children:"このサイトは pppdesk のスターターポータルです。"})]})]})}st(e(Dr,{}),document.getElementById("app"));
